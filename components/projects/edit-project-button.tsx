"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateProjectAction } from "@/lib/actions/projects/update-project";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function EditProjectButton({ project }: { project: { id: string; name: string; description: string | null } }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useFormAction(updateProjectAction, () => setOpen(false));
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Edit
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Edit project">
        <form action={action} className="space-y-4" noValidate key={state.ok}>
          <input type="hidden" name="projectId" value={project.id} />
          <FormError message={state.error} />
          <TextField
            label="Project name"
            name="name"
            required
            maxLength={100}
            defaultValue={state.values?.name ?? project.name}
            errors={state.fieldErrors?.name}
          />
          <TextAreaField
            label="Description"
            name="description"
            maxLength={2000}
            defaultValue={state.values?.description ?? project.description ?? ""}
            errors={state.fieldErrors?.description}
          />
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
