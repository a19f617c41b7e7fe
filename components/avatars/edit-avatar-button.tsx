"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateAvatarAction } from "@/lib/actions/avatars/update-avatar";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AvatarView } from "@/lib/avatars/avatar-view";
import { AttributeFields, avatarFormDefaults, PersonaFields } from "./persona-fields";

export function EditAvatarButton({ avatar }: { avatar: AvatarView }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useFormAction(updateAvatarAction, () => setOpen(false));
  const errors = state.fieldErrors;
  const values = state.values ?? { name: avatar.name, appearanceDescription: avatar.appearanceDescription ?? "", ...avatarFormDefaults(avatar) };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Edit
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Edit avatar" wide>
        <form action={action} className="space-y-6" noValidate key={state.ok}>
          <input type="hidden" name="avatarId" value={avatar.id} />
          <input type="hidden" name="projectId" value={avatar.projectId} />
          <FormError message={state.error} />
          <TextField label="Name" name="name" required maxLength={100} defaultValue={values.name} errors={errors?.name} />
          <TextAreaField
            label="Appearance description"
            name="appearanceDescription"
            maxLength={2000}
            rows={2}
            hint="Used when generating a seed image for this persona"
            defaultValue={values.appearanceDescription}
            errors={errors?.appearanceDescription}
          />
          <PersonaFields values={values} errors={errors} />
          <AttributeFields values={values} errors={errors} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
