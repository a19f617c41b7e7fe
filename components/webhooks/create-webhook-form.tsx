"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { createWebhookAction } from "@/lib/actions/webhooks/create-webhook";
import { WEBHOOK_EVENT_TYPES } from "@/lib/job-events/job-event-types";
import { SecretOnce } from "./secret-once";

export function CreateWebhookForm() {
  const [state, action] = useActionState(createWebhookAction, {});
  const created = state.result;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" noValidate key={state.ok}>
        <TextField label="Endpoint URL" name="url" type="url" required maxLength={2000} placeholder="https://example.com/hooks/likeness" defaultValue={state.values?.url} errors={state.fieldErrors?.url} />
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium text-zinc-700">Events</legend>
          <div className="grid grid-cols-1 gap-2 pt-1 sm:grid-cols-2">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm text-zinc-700">
                <input
                  type="checkbox"
                  name="events"
                  value={type}
                  defaultChecked={state.values ? undefined : type.endsWith(".completed")}
                  className="size-4 rounded border-zinc-300"
                />
                <code className="font-mono text-xs">{type}</code>
              </label>
            ))}
          </div>
          {state.fieldErrors?.events && (
            <p className="text-sm text-red-600" role="alert">
              {state.fieldErrors.events[0]}
            </p>
          )}
        </fieldset>
        <SubmitButton pendingText="Adding…">Add endpoint</SubmitButton>
      </form>
      <FormError message={state.fieldErrors ? undefined : state.error} />
      {created && <SecretOnce secret={created.secret} title={`Copy the signing secret of ${created.url} now.`} />}
    </div>
  );
}
