import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

export const POST = withUser<{ webhookId: string }>(async ({ user, params }) => rotateWebhookSecret(user.id, params.webhookId));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
