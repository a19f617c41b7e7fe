"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { createWebhookSchema } from "@/lib/webhooks/webhook-schemas";

export const createWebhookAction = validatedActionWithUser(
  createWebhookSchema,
  async (input, user) => {
    const { webhook, secret } = await createWebhook(user.id, input);
    revalidatePath("/settings/webhooks");
    return { url: webhook.url, secret };
  },
  { toInput: (values, formData) => ({ url: values.url, events: formData.getAll("events") }), errorField: "url" },
);
