import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError } from "@/lib/errors";
import { nonPublicRange } from "./address-policy";

/** Why an outbound URL is refused: written for the person who typed it. */
export class UnsafeUrlError extends AppError {
  constructor(message: string) {
    super(message, "invalid_input");
  }
}

export interface UrlPolicy {
  /** Allow loopback, private, link-local and unique-local targets (self-hosted setups and tests). */
  allowPrivate: boolean;
  /** Addresses allowed whatever their range (one internal host a deployment trusts; tests). */
  allowAddresses?: readonly string[];
}

/** Parses an outbound URL: http(s) only, no credentials in it. Throws UnsafeUrlError with the reason. */
export function parseOutboundUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError("The URL cannot be read: give a full http:// or https:// address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UnsafeUrlError(`Only http and https URLs are allowed (this one is ${url.protocol.replace(":", "")})`);
  }
  if (url.username || url.password) throw new UnsafeUrlError("The URL must not carry a user name or password");
  return url;
}

/** Throws UnsafeUrlError when `address` (an IP) is one the policy refuses, naming its range. */
export function assertAddressAllowed(address: string, host: string, policy: UrlPolicy): void {
  const range = nonPublicRange(address);
  if (!range || policy.allowAddresses?.includes(address)) return;
  if (policy.allowPrivate && range !== "multicast" && range !== "reserved") return;
  const where = host === address ? address : `${host} (${address})`;
  throw new UnsafeUrlError(`The address ${where} is a ${range} address, which is not allowed`);
}

/** The host name of a URL without IPv6 brackets. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/**
 * Resolves a URL's host and checks every address it resolves to. Used at registration time (a webhook,
 * an import) for a clear 400; delivery re-checks each connection through safeFetch's lookup.
 */
export async function assertUrlAllowed(raw: string, policy: UrlPolicy): Promise<URL> {
  const url = parseOutboundUrl(raw);
  const host = urlHost(url);
  if (isIP(host)) {
    assertAddressAllowed(host, host, policy);
    return url;
  }
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new UnsafeUrlError(`The host ${host} cannot be found`);
  }
  for (const { address } of addresses) assertAddressAllowed(address, host, policy);
  return url;
}
