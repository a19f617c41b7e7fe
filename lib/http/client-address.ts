import { getConfig } from "@/lib/config/env";

/**
 * Set by record-socket-address.ts on every incoming request to the TCP peer's address (a value the
 * client sent is overwritten), because Next.js only fills X-Forwarded-For when the client did not.
 */
export const SOCKET_ADDRESS_HEADER = "x-likeness-socket-address";

/**
 * The address a request came from: the socket's, or the first X-Forwarded-For hop when
 * TRUST_PROXY=true (the app sits behind a proxy that sets it). "unknown" when neither is there.
 */
export function clientAddress(headers: Headers): string {
  if (getConfig().TRUST_PROXY) {
    const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return normalize(first);
  }
  const socket = headers.get(SOCKET_ADDRESS_HEADER)?.trim();
  return socket ? normalize(socket) : "unknown";
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
function normalize(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase().slice(0, 64);
}
