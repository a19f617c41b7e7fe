"use client";

import { useActionState, useState } from "react";
import { createPersonaAction } from "@/lib/actions/avatars/create-persona";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { AttributeFields, PersonaFields } from "./persona-fields";

/** Creates a persona with no image yet; its seed image is uploaded or generated on its page. */
export function NewPersonaButton({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(createPersonaAction, {});
  const errors = state.fieldErrors;
  const values = state.values ?? {};
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        New persona
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="New persona" wide>
        <form action={action} className="space-y-6" noValidate>
          <input type="hidden" name="projectId" value={projectId} />
          <FormError message={state.error} />
          <TextField label="Name" name="name" required maxLength={100} autoFocus defaultValue={values.name} errors={errors?.name} />
          <TextAreaField
            label="Appearance description"
            name="appearanceDescription"
            maxLength={2000}
            rows={2}
            placeholder="Early thirties, warm smile, short curly hair, freckles"
            hint="Used to generate the seed image"
            defaultValue={values.appearanceDescription}
            errors={errors?.appearanceDescription}
          />
          <PersonaFields values={values} errors={errors} />
          <AttributeFields values={values} errors={errors} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <SubmitButton pendingText="Creating…">Create persona</SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
