"use server";

import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { webhookIdFieldSchema } from "./webhook-id-field";

export const rotateWebhookSecretAction = validatedActionWithUser(webhookIdFieldSchema, async ({ webhookId }, user) => rotateWebhookSecret(user.id, webhookId));
