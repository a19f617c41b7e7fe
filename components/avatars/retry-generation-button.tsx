"use client";

import { useActionState } from "react";
import { retryGenerationAction } from "@/lib/actions/generations/retry-generation";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function RetryGenerationButton({ generationId, projectId, label = "Retry" }: { generationId: string; projectId: string; label?: string }) {
  const [state, action] = useActionState(retryGenerationAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="generationId" value={generationId} />
      <input type="hidden" name="projectId" value={projectId} />
      <SubmitButton variant="secondary" pendingText="Retrying…">
        {label}
      </SubmitButton>
      <FormError message={state.error} />
    </form>
  );
}
