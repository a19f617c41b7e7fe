import { getConfig } from "@/lib/config/env";

/**
 * The origin people reach the app at, for absolute links in downloads and manifests: APP_URL when set
 * (without a trailing slash), else what the request's Host (or a proxy's X-Forwarded-*) says. Next.js's
 * own `req.url` names the address it bound to, which can differ from the one the caller used.
 */
export function requestOrigin(req: Request): string {
  const configured = getConfig().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(req.url);
  // A chain of proxies lists several values; the first is the one the client used.
  const first = (name: string) => req.headers.get(name)?.split(",")[0]?.trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host") ?? url.host;
  const protocol = first("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  return `${protocol}://${host}`;
}
