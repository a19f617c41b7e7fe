import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { getConfig } from "@/lib/config/env";

/*
 * Links to one image that work without a token until they expire, for manifests and exports that leave
 * the app: `/api/v1/links/images/<imageId>?exp=<unix seconds>&sig=<HMAC-SHA256(imageId.exp)>`. The key is
 * derived from AUTH_SECRET, so rotating the secret revokes every link at once.
 */

const PATH = "/api/v1/links/images/";

function linkKey() {
  return createHmac("sha256", getAuthSecret()).update("likeness:signed-image-links:v1").digest();
}

function signature(imageId: string, expires: number) {
  return createHmac("sha256", linkKey()).update(`${imageId}.${expires}`).digest("base64url");
}

/** An absolute signed link to the image's file, valid for EXPORT_LINK_TTL (or `ttlSeconds`) from `now`. */
export function signedImageUrl(origin: string, imageId: string, { now = new Date(), ttlSeconds = getConfig().EXPORT_LINK_TTL } = {}) {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const url = new URL(`${PATH}${encodeURIComponent(imageId)}`, origin);
  url.searchParams.set("exp", String(expires));
  url.searchParams.set("sig", signature(imageId, expires));
  return url.toString();
}

/** True when `sig` is this app's signature of the image and expiry, and the expiry is still ahead. */
export function isValidImageLink(imageId: string, exp: string | null, sig: string | null, now = new Date()) {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  const expires = Number(exp);
  if (expires * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(signature(imageId, expires));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
