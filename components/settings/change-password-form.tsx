"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/actions/settings/change-password";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="max-w-md space-y-4" noValidate key={state.ok}>
      <FormError message={state.fieldErrors ? undefined : state.error} />
      {state.result?.changed && (
        <p className="text-sm text-green-700" role="status">
          Password changed. Other devices were signed out.
        </p>
      )}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
        errors={state.fieldErrors?.newPassword}
      />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
