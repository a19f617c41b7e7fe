import { getConfig } from "@/lib/config/env";
import { assertUrlAllowed, type UrlPolicy } from "@/lib/net";

/** Where webhooks may point: public http(s) addresses, private ones too with WEBHOOKS_ALLOW_PRIVATE_URLS. */
export function webhookUrlPolicy(): UrlPolicy {
  return { allowPrivate: getConfig().WEBHOOKS_ALLOW_PRIVATE_URLS };
}

/** A 400 naming the reason when the URL may not be a webhook target; the normalized URL otherwise. */
export async function assertWebhookUrl(url: string): Promise<string> {
  return (await assertUrlAllowed(url, webhookUrlPolicy())).href;
}
