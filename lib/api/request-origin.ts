import { getConfig } from "@/lib/config/env";

/**
 * The origin people reach the app at, for absolute links in downloads: APP_URL when set, else what the
 * request's Host (or a proxy's X-Forwarded-*) says. Next.js's own `req.url` names the address it
 * bound to, which can differ from the one the caller used.
 */
export function requestOrigin(req: Request): string {
  const configured = getConfig().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host") || url.host;
  const protocol = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  return `${protocol}://${host}`;
}
