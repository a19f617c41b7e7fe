"use client";

import { useActionState, useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteTrainingPromptAction } from "@/lib/actions/training/delete-training-prompt";
import { updateTrainingPromptAction } from "@/lib/actions/training/update-training-prompt";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

/** One of the project's own prompts: shown, edited in place, or deleted. */
export function TrainingPromptRow({ projectId, prompt }: { projectId: string; prompt: { id: string; text: string } }) {
  const [editing, setEditing] = useState(false);
  const [updated, update] = useFormAction(updateTrainingPromptAction, () => setEditing(false));
  const [deleted, remove] = useActionState(deleteTrainingPromptAction, {});
  if (editing) {
    return (
      <form action={update} className="flex flex-wrap items-start gap-2 py-3" noValidate aria-label={`Edit prompt: ${prompt.text}`}>
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="promptId" value={prompt.id} />
        <div className="min-w-64 flex-1">
          <TextField
            label="Prompt"
            name="text"
            required
            maxLength={300}
            autoFocus
            defaultValue={updated.values?.text ?? prompt.text}
            errors={updated.fieldErrors?.text}
          />
        </div>
        <div className="mt-7 flex gap-2">
          <SubmitButton pendingText="Saving…">Save</SubmitButton>
          <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="own-prompt">
      <span className="min-w-0 flex-1 break-words text-sm text-zinc-800">{prompt.text}</span>
      <div className="flex items-center gap-2">
        <Button variant="ghost" onClick={() => setEditing(true)}>
          Edit
        </Button>
        <form action={remove}>
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="promptId" value={prompt.id} />
          <SubmitButton variant="ghost" pendingText="Deleting…" className="text-red-700">
            Delete
          </SubmitButton>
        </form>
      </div>
      {deleted.error && (
        <div className="w-full">
          <FormError message={deleted.error} />
        </div>
      )}
    </div>
  );
}
