"use client";

import { useActionState } from "react";
import { retryFailedPersonasAction } from "@/lib/actions/batches/retry-failed-personas";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function RetryFailedButton({ batchId, projectId, failed }: { batchId: string; projectId: string; failed: number }) {
  const [state, action] = useActionState(retryFailedPersonasAction, {});
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="projectId" value={projectId} />
      <SubmitButton variant="secondary" pendingText="Retrying…">
        {failed > 0 ? `Retry ${failed} failed` : "Retry failed"}
      </SubmitButton>
      <FormError message={state.error} />
    </form>
  );
}
