"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { resumeBatchAction } from "@/lib/actions/jobs/resume-batch";

/** Continues a cancelled batch where it stopped. */
export function ResumeBatchButton({ batchId }: { batchId: string }) {
  const [state, action] = useActionState(resumeBatchAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="batchId" value={batchId} />
      <SubmitButton variant="secondary" pendingText="Resuming…">
        Resume
      </SubmitButton>
      <FormError message={state.error} />
    </form>
  );
}
