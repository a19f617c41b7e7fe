import http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

const globalForPatch = globalThis as unknown as { likenessSocketAddressPatched?: boolean };

/**
 * Stamps each request the Node server receives with its socket's address (SOCKET_ADDRESS_HEADER),
 * overwriting any value the client sent. Route handlers and server actions only see headers, and
 * Next.js keeps a client's own X-Forwarded-For, so without this the socket address is out of reach.
 */
export function recordSocketAddresses() {
  if (globalForPatch.likenessSocketAddressPatched) return;
  globalForPatch.likenessSocketAddressPatched = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
