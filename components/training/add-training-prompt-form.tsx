"use client";

import { useActionState } from "react";
import { createTrainingPromptAction } from "@/lib/actions/training/create-training-prompt";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function AddTrainingPromptForm({ projectId }: { projectId: string }) {
  const [state, action] = useActionState(createTrainingPromptAction, {});
  return (
    <form action={action} className="flex flex-wrap items-start gap-3" noValidate aria-label="Add a training prompt">
      <input type="hidden" name="projectId" value={projectId} />
      <div className="min-w-64 flex-1">
        <TextField
          label="New prompt"
          name="text"
          required
          maxLength={300}
          placeholder="e.g. riding a bicycle along a canal in spring"
          defaultValue={state.values?.text}
          errors={state.fieldErrors?.text}
          hint="A scene, activity or framing. The person's look comes from the approved base image."
        />
      </div>
      <SubmitButton className="mt-7" pendingText="Adding…">
        Add prompt
      </SubmitButton>
    </form>
  );
}
