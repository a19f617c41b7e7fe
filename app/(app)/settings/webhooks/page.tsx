import Link from "next/link";
import { CardSection } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format-date";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { WebhookControls } from "@/components/webhooks/webhook-controls";
import { requirePageUser } from "@/lib/auth/current-user";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

export const metadata = { title: "Webhooks" };

const SHOWN_DELIVERIES = 20;

export default async function WebhooksPage() {
  const user = await requirePageUser();
  const webhooks = await listWebhooks(user.id);
  const logs = await Promise.all(webhooks.map((webhook) => listWebhookDeliveries(user.id, webhook.id)));
  return (
    <>
      <PageHeader title="Webhooks" description="Tell your own systems when generations, batches and training sets finish." />
      <SettingsTabs active="webhooks" />
      <p className="mb-6 -mt-2 text-sm text-zinc-600">
        <Link href="/settings" className="text-brand-700 underline">
          ← Settings
        </Link>{" "}
        · Each delivery is signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature); see the{" "}
        <Link href="/docs#tag/webhooks" className="text-brand-700 underline">
          API reference
        </Link>
        .
      </p>
      <div className="space-y-6">
        <CardSection title="Add an endpoint" description="Likeness POSTs { type, timestamp, data } to it; anything but a 2xx within 10 s is retried 5 times over about a day.">
          <CreateWebhookForm />
        </CardSection>
        {webhooks.map((webhook, i) => (
          <CardSection key={webhook.id} title={webhook.url} description={`Added ${formatDate(webhook.createdAt)} · ${webhook.enabled ? "enabled" : "disabled"}`}>
            <div className="space-y-4" data-testid="webhook">
              <div className="flex flex-wrap gap-1.5">
                {webhook.events.map((event) => (
                  <code key={event} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">
                    {event}
                  </code>
                ))}
              </div>
              {webhook.disabledReason && (
                <p className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" role="alert">
                  {webhook.disabledReason}
                </p>
              )}
              {!webhook.disabledReason && webhook.failingSince && (
                <p className="text-sm text-amber-700">Every delivery has failed since {formatDate(webhook.failingSince)}.</p>
              )}
              <WebhookControls webhookId={webhook.id} url={webhook.url} enabled={webhook.enabled} />
              <div className="space-y-2">
                <h3 className="text-sm font-semibold text-zinc-800">Delivery log</h3>
                <DeliveryLog deliveries={logs[i].slice(0, SHOWN_DELIVERIES)} />
                {logs[i].length > SHOWN_DELIVERIES && <p className="text-xs text-zinc-500">The latest {SHOWN_DELIVERIES} of {logs[i].length} kept attempts; GET /api/v1/webhooks/{webhook.id}/deliveries has all.</p>}
              </div>
            </div>
          </CardSection>
        ))}
      </div>
    </>
  );
}
