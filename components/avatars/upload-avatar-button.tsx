"use client";

import { useActionState, useState } from "react";
import { uploadAvatarAction } from "@/lib/actions/avatars/upload-avatar";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImageFileField } from "./image-file-field";

export function UploadAvatarButton({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(uploadAvatarAction, {});
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Upload
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Upload an avatar">
        <form action={action} className="space-y-4" noValidate>
          <input type="hidden" name="projectId" value={projectId} />
          <FormError message={state.fieldErrors?.file ? undefined : state.error} />
          <TextField label="Name" name="name" required maxLength={100} autoFocus defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
          <ImageFileField errors={state.fieldErrors?.file} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <SubmitButton pendingText="Uploading…">Upload</SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
