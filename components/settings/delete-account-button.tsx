"use client";

import { useActionState, useState } from "react";
import { deleteAccountAction } from "@/lib/actions/settings/delete-account";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

/** Deleting asks for the email typed out and the password; the button stays disabled until the email matches. */
export function DeleteAccountButton({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [state, action] = useActionState(deleteAccountAction, {});
  const matches = typed.trim().toLowerCase() === email;
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete account
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Delete your account?">
        <form action={action} className="space-y-4" noValidate>
          <p className="text-sm text-zinc-600">
            This deletes every project, avatar, image and API token of this account, and its files. It cannot be undone.
          </p>
          <FormError message={state.fieldErrors ? undefined : state.error} />
          <TextField
            label={`Type ${email} to confirm`}
            name="confirm"
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            errors={state.fieldErrors?.confirm}
          />
          <TextField label="Password" name="password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Cancel
            </Button>
            <DeleteSubmit disabled={!matches} />
          </div>
        </form>
      </Dialog>
    </>
  );
}

function DeleteSubmit({ disabled }: { disabled: boolean }) {
  if (disabled) {
    return (
      <Button type="button" variant="danger" disabled>
        Delete account
      </Button>
    );
  }
  return (
    <SubmitButton variant="danger" pendingText="Deleting…">
      Delete account
    </SubmitButton>
  );
}
