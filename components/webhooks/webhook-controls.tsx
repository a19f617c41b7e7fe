"use client";

import { useActionState } from "react";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteWebhookAction } from "@/lib/actions/webhooks/delete-webhook";
import { rotateWebhookSecretAction } from "@/lib/actions/webhooks/rotate-webhook-secret";
import { sendTestWebhookAction } from "@/lib/actions/webhooks/send-test-webhook";
import { setWebhookEnabledAction } from "@/lib/actions/webhooks/set-webhook-enabled";
import { SecretOnce } from "./secret-once";

/** Switch on/off, send a test event, rotate the secret (shown once), delete. */
export function WebhookControls({ webhookId, url, enabled }: { webhookId: string; url: string; enabled: boolean }) {
  const [toggled, toggle] = useActionState(setWebhookEnabledAction, {});
  const [tested, test] = useActionState(sendTestWebhookAction, {});
  const [rotated, rotate] = useActionState(rotateWebhookSecretAction, {});
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <form action={toggle}>
          <input type="hidden" name="webhookId" value={webhookId} />
          <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
          <SubmitButton variant="secondary" pendingText="Saving…">
            {enabled ? "Disable" : "Enable"}
          </SubmitButton>
        </form>
        <form action={test}>
          <input type="hidden" name="webhookId" value={webhookId} />
          <SubmitButton variant="secondary" pendingText="Sending…">
            Send test event
          </SubmitButton>
        </form>
        <form action={rotate}>
          <input type="hidden" name="webhookId" value={webhookId} />
          <SubmitButton variant="secondary" pendingText="Rotating…">
            Rotate secret
          </SubmitButton>
        </form>
        <ConfirmActionButton
          action={deleteWebhookAction}
          fields={{ webhookId }}
          label="Delete"
          title="Delete webhook?"
          message={<>{url} will get no more events, and its delivery log is deleted.</>}
          confirmLabel="Delete webhook"
        />
      </div>
      <FormError message={toggled.error ?? tested.error ?? rotated.error} />
      {tested.result && !tested.error && (
        <p className="text-sm text-zinc-600" role="status">
          Test event queued. Its delivery shows in the log below in a moment.
        </p>
      )}
      {rotated.result && <SecretOnce secret={rotated.result.secret} title="Copy the new signing secret now; the old one no longer signs anything." />}
    </div>
  );
}
