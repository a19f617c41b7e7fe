import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";

export const GET = withUser<{ webhookId: string }>(async ({ user, params }) => ({ deliveries: await listWebhookDeliveries(user.id, params.webhookId) }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
