"use client";

import { useActionState, useState } from "react";
import { createTokenAction } from "@/lib/actions/settings/create-token";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateTokenForm() {
  const [state, action] = useActionState(createTokenAction, {});
  const [copied, setCopied] = useState(false);
  const created = state.result;
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-start gap-3" noValidate key={state.ok}>
        <div className="min-w-60 flex-1">
          <TextField label="Token name" name="name" required maxLength={100} placeholder="CI pipeline" errors={state.fieldErrors?.name} />
        </div>
        <SubmitButton className="mt-7" pendingText="Creating…">
          Create token
        </SubmitButton>
      </form>
      <FormError message={state.fieldErrors ? undefined : state.error} />
      {created && (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-4" role="status">
          <p className="text-sm font-medium text-amber-900">
            Copy the token “{created.name}” now. It will not be shown again.
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code data-testid="new-token" className="min-w-0 flex-1 truncate rounded bg-white px-2 py-1.5 font-mono text-sm text-zinc-900">
              {created.token}
            </code>
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.token).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
