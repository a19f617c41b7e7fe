"use client";

import { useActionState } from "react";
import { updateNameAction } from "@/lib/actions/settings/update-name";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function ProfileForm({ name }: { name: string | null }) {
  const [state, action] = useActionState(updateNameAction, {});
  const shown = state.values?.name ?? state.result?.name ?? name ?? "";
  return (
    <form action={action} className="flex flex-wrap items-start gap-3" noValidate>
      <div className="min-w-0 flex-1 basis-60">
        <TextField label="Name" name="name" autoComplete="name" maxLength={100} defaultValue={shown} key={shown} errors={state.fieldErrors?.name} />
      </div>
      <SubmitButton className="mt-7" pendingText="Saving…">
        Save name
      </SubmitButton>
      <div className="basis-full">
        <FormError message={state.fieldErrors ? undefined : state.error} />
        {state.ok && !state.error && (
          <p className="text-sm text-green-700" role="status">
            Name saved.
          </p>
        )}
      </div>
    </form>
  );
}
