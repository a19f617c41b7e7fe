import { getSession } from "@/lib/auth/current-user";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import type { PublicUser } from "@/lib/users/create-user";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host an Origin header names; undefined for "null" (sandboxed frames, file: pages) or anything malformed. */
function originHost(origin: string): string | undefined {
  if (!URL.canParse(origin)) return undefined;
  const url = new URL(origin);
  return url.protocol === "http:" || url.protocol === "https:" ? url.host : undefined;
}

export interface Caller {
  user: PublicUser;
  /** What the caller signed in with ("token:<id>" or "session:<id>"): the API rate limit counts per credential. */
  credential: string;
}

/**
 * The caller of a REST request: a Bearer token, else the browser session. A cookie-authenticated
 * write from another origin is refused, so a third-party page cannot act with a user's session.
 */
export async function authenticateRequest(req: Request): Promise<Caller> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const found = match ? await authenticateToken(match[1]) : null;
    if (!found) throw new UnauthorizedError("Invalid or revoked API token");
    return { user: found.user, credential: `token:${found.tokenId}` };
  }
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
  const { user } = session;
  if (!SAFE_METHODS.has(req.method)) {
    const origin = req.headers.get("origin");
    const host = (req.headers.get("x-forwarded-host") ?? req.headers.get("host"))?.split(",")[0]?.trim();
    if (origin !== null && host && originHost(origin) !== host) throw new ForbiddenError("Cross-origin request refused");
  }
  return { user, credential: `session:${session.sessionId}` };
}
