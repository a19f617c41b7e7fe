"use client";

import { useActionState } from "react";
import { retryFailedTrainingAction } from "@/lib/actions/training/retry-failed-training";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

/** Generates every failed training image again, with the provider that last tried them. */
export function RetryFailedTrainingButton({ avatarId, projectId, failed }: { avatarId: string; projectId: string; failed: number }) {
  const [state, action] = useActionState(retryFailedTrainingAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="avatarId" value={avatarId} />
      <input type="hidden" name="projectId" value={projectId} />
      <SubmitButton variant="secondary" pendingText="Retrying…">
        Retry failed ({failed})
      </SubmitButton>
      <FormError message={state.error} />
    </form>
  );
}
