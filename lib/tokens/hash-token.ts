import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "lk_";

// Tokens are 256 random bits, so a fast hash is enough; only the hash is stored.
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}
