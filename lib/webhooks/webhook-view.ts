/** The public fields of a webhook (its secret is never read back to the owner). */
export const webhookSelect = {
  id: true,
  url: true,
  events: true,
  enabled: true,
  disabledReason: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const webhookDeliverySelect = {
  id: true,
  event: true,
  webhookMessageId: true,
  attempt: true,
  status: true,
  httpStatus: true,
  durationMs: true,
  responseSnippet: true,
  createdAt: true,
  nextAttemptAt: true,
} as const;
