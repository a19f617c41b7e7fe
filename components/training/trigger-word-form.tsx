"use client";

import { useActionState } from "react";
import { updateTriggerWordAction } from "@/lib/actions/training/update-trigger-word";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The word captions and trainer configs use for this person; empty means the default from the name. */
export function TriggerWordForm({ avatarId, projectId, triggerWord, isDefault }: { avatarId: string; projectId: string; triggerWord: string; isDefault: boolean }) {
  const [state, action] = useActionState(updateTriggerWordAction, {});
  return (
    <form action={action} className="flex flex-wrap items-start gap-3" noValidate aria-label="Trigger word for LoRA exports">
      <input type="hidden" name="avatarId" value={avatarId} />
      <input type="hidden" name="projectId" value={projectId} />
      <div className="min-w-0 flex-1 basis-56">
        <TextField
          label="Trigger word"
          name="triggerWord"
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values?.triggerWord ?? (isDefault ? "" : triggerWord)}
          placeholder={isDefault ? triggerWord : undefined}
          errors={state.fieldErrors?.triggerWord}
          hint={`Starts every caption and names the LoRA in the trainer config${isDefault ? ` (default from the name: ${triggerWord})` : ""}. Leave empty for the default.`}
        />
      </div>
      <SubmitButton variant="secondary" className="mt-7" pendingText="Saving…">
        Save
      </SubmitButton>
      {state.ok && !state.error ? (
        <p className="basis-full text-sm text-emerald-700" role="status">
          Saved.
        </p>
      ) : null}
    </form>
  );
}
