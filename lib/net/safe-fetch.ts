import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingHttpHeaders } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { AppError } from "@/lib/errors";
import { assertAddressAllowed, parseOutboundUrl, UnsafeUrlError, urlHost, type UrlPolicy } from "./url-policy";

/**
 * An outbound HTTP request to a URL a user gave us (an import, a webhook). Every connection's address is
 * checked when it is resolved, so a DNS answer that changes after registration, or a redirect to a private
 * host, is refused at the moment of connecting. Redirects are followed by hand, each hop checked again.
 */

export type OutboundFailure = "blocked" | "timeout" | "too_large" | "network" | "redirects";

export class OutboundFetchError extends AppError {
  constructor(
    message: string,
    readonly reason: OutboundFailure,
  ) {
    super(message, "invalid_input");
  }
}

export interface SafeFetchOptions extends UrlPolicy {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The whole exchange, redirects included. */
  timeoutMs: number;
  /** The most body bytes kept. */
  maxBytes: number;
  /** "error": a longer body fails with too_large (imports); "truncate": it is cut (webhook answer snippets). */
  overflow?: "error" | "truncate";
  maxRedirects?: number;
  signal?: AbortSignal;
}

export interface SafeFetchResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
  truncated: boolean;
}

function guardedLookup(policy: UrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      try {
        for (const { address } of addresses) assertAddressAllowed(address, hostname, policy);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, "", 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function requestOnce(url: URL, options: SafeFetchOptions, signal: AbortSignal): Promise<SafeFetchResult> {
  const host = urlHost(url);
  if (isIP(host)) assertAddressAllowed(host, host, options);
  const transport = url.protocol === "https:" ? https : http;
  const overflow = options.overflow ?? "error";
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      // agent: false — a connection of its own each time: a pooled keep-alive socket the far end has since
      // closed answers ECONNRESET (seen after an idle of 5 s), and every connection passes the address check.
      { method: options.method ?? "GET", headers: options.headers, lookup: guardedLookup(options), signal, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        const finish = () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), url: url.href, truncated });
        response.on("data", (chunk: Buffer) => {
          if (size + chunk.length > options.maxBytes) {
            if (overflow === "error") {
              response.destroy();
              reject(new OutboundFetchError(`The answer is larger than ${formatBytes(options.maxBytes)}`, "too_large"));
              return;
            }
            chunks.push(chunk.subarray(0, options.maxBytes - size));
            size = options.maxBytes;
            truncated = true;
            response.destroy();
            finish();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", finish);
        response.on("error", (error) => reject(error));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

function toOutboundError(error: unknown, url: URL, options: SafeFetchOptions, signal: AbortSignal): AppError {
  if (error instanceof AppError) return error;
  if (signal.aborted && !options.signal?.aborted) {
    return new OutboundFetchError(`${url.host} did not answer within ${Math.round(options.timeoutMs / 1000)} s`, "timeout");
  }
  if (options.signal?.aborted) return new OutboundFetchError("The request was cancelled", "network");
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new OutboundFetchError(`The host ${urlHost(url)} cannot be found`, "network");
  if (code === "ECONNREFUSED") return new OutboundFetchError(`${url.host} refused the connection`, "network");
  return new OutboundFetchError(`${url.host} could not be reached (${code ?? (error as Error)?.message ?? "error"})`, "network");
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function safeFetch(raw: string, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const signal = options.signal
    ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
    : AbortSignal.timeout(options.timeoutMs);
  let url = parseOutboundUrl(raw);
  let current = options;
  for (let hop = 0; ; hop += 1) {
    let result: SafeFetchResult;
    try {
      result = await requestOnce(url, current, signal);
    } catch (error) {
      if (error instanceof UnsafeUrlError) throw new OutboundFetchError(error.message, "blocked");
      throw toOutboundError(error, url, options, signal);
    }
    const location = result.headers.location;
    if (!REDIRECTS.has(result.status) || !location) return result;
    if (hop >= (options.maxRedirects ?? 5)) throw new OutboundFetchError("Too many redirects", "redirects");
    try {
      url = parseOutboundUrl(new URL(location, url).href);
    } catch (error) {
      throw new OutboundFetchError(`A redirect was refused: ${(error as Error).message}`, "blocked");
    }
    if (result.status === 303 || ((result.status === 301 || result.status === 302) && current.method === "POST")) {
      current = { ...current, method: "GET", body: undefined };
    }
  }
}
