import { Webhook as StandardWebhook } from "standardwebhooks";
import { getDb } from "@/lib/db/client";
import { safeFetch } from "@/lib/net";
import { webhookUrlPolicy } from "./assert-webhook-url";
import { WEBHOOK_DISABLE_AFTER_MS, webhookRetryDelayMs } from "./webhook-retry-delays";

const KEPT_DELIVERIES = 100;
const SNIPPET_BYTES = 500;

export interface DeliveryAttempt {
  webhookId: string;
  messageId: string;
  type: string;
  payload: string;
  attempt: number;
  test?: boolean;
}

export type AttemptOutcome =
  | { done: true; status: "delivered" | "failed" | "skipped"; httpStatus?: number }
  | { done: false; status: "pending"; retryInMs: number; httpStatus?: number };

async function post(url: string, secret: string, attempt: DeliveryAttempt) {
  const timestamp = new Date();
  const signature = new StandardWebhook(secret).sign(attempt.messageId, timestamp, attempt.payload);
  const started = Date.now();
  try {
    const response = await safeFetch(url, {
      ...webhookUrlPolicy(),
      method: "POST",
      body: attempt.payload,
      headers: {
        "content-type": "application/json",
        "user-agent": "Likeness-Webhooks/1",
        "webhook-id": attempt.messageId,
        "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
        "webhook-signature": signature,
      },
      timeoutMs: 10_000,
      maxBytes: SNIPPET_BYTES,
      overflow: "truncate",
    });
    return { httpStatus: response.status, snippet: response.body.toString("utf8"), durationMs: Date.now() - started };
  } catch (error) {
    return { httpStatus: null, snippet: (error as Error).message, durationMs: Date.now() - started };
  }
}

/**
 * One attempt to deliver one event to one webhook, signed the Standard Webhooks way with the endpoint's
 * current secret: a 2xx answer is delivered; anything else (another status, a timeout, a refused
 * address) is logged and retried after the backoff, until the last attempt. An endpoint failing every
 * delivery for 3 days is switched off with the reason. A webhook deleted or switched off meanwhile gets nothing.
 */
export async function attemptWebhookDelivery(attempt: DeliveryAttempt): Promise<AttemptOutcome> {
  const db = await getDb();
  const webhook = await db.webhook.findUnique({ where: { id: attempt.webhookId } });
  if (!webhook || (!webhook.enabled && !attempt.test)) return { done: true, status: "skipped" };

  const result = await post(webhook.url, webhook.secret, attempt);
  const delivered = result.httpStatus !== null && result.httpStatus >= 200 && result.httpStatus < 300;
  const retryInMs = delivered || attempt.test ? undefined : webhookRetryDelayMs(attempt.attempt);
  const now = new Date();
  const status = delivered ? "delivered" : retryInMs === undefined ? "failed" : "pending";

  await db.webhookDelivery.create({
    data: {
      webhookId: webhook.id,
      event: attempt.type,
      webhookMessageId: attempt.messageId,
      attempt: attempt.attempt,
      status,
      httpStatus: result.httpStatus,
      durationMs: result.durationMs,
      responseSnippet: result.snippet.replaceAll("\u0000", "").slice(0, SNIPPET_BYTES) || null,
      nextAttemptAt: retryInMs === undefined ? null : new Date(now.getTime() + retryInMs),
    },
  });
  const stale = await db.webhookDelivery.findMany({ where: { webhookId: webhook.id }, orderBy: { createdAt: "desc" }, skip: KEPT_DELIVERIES, select: { id: true } });
  if (stale.length) await db.webhookDelivery.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });

  if (delivered) {
    if (webhook.failingSince) await db.webhook.update({ where: { id: webhook.id }, data: { failingSince: null } });
    return { done: true, status: "delivered", httpStatus: result.httpStatus ?? undefined };
  }
  const failingSince = webhook.failingSince ?? now;
  const giveUp = now.getTime() - failingSince.getTime() >= WEBHOOK_DISABLE_AFTER_MS;
  const why = result.httpStatus === null ? result.snippet : `HTTP ${result.httpStatus}`;
  await db.webhook.update({
    where: { id: webhook.id },
    data: giveUp
      ? { failingSince, enabled: false, disabledReason: `Switched off: every delivery failed for 3 days (last: ${why}). Fix the endpoint, then switch it on again.` }
      : { failingSince },
  });
  if (giveUp || retryInMs === undefined) return { done: true, status: "failed", httpStatus: result.httpStatus ?? undefined };
  return { done: false, status: "pending", retryInMs, httpStatus: result.httpStatus ?? undefined };
}
