/** Outbound requests to addresses users give us: the policy on where they may go, and the fetch that keeps it. */
export { nonPublicRange, type AddressRange } from "./address-policy";
export { assertUrlAllowed, parseOutboundUrl, UnsafeUrlError, type UrlPolicy } from "./url-policy";
export { OutboundFetchError, safeFetch, type OutboundFailure, type SafeFetchOptions, type SafeFetchResult } from "./safe-fetch";
