import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

export const POST = withUser<{ webhookId: string }>(async ({ user, params }) => accepted(await sendTestWebhook(user.id, params.webhookId)));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
