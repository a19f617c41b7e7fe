import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/api-errors";
import { requestPathProblem } from "@/lib/api/check-request-path";
import { getConfig } from "@/lib/config/env";
import { pageContentSecurityPolicy, storageImageOrigins } from "@/lib/http/security-headers";

/**
 * Two jobs, deciding no access:
 * - pages: the Content-Security-Policy with a per-request nonce (Next.js reads it from the request and
 *   puts it on the scripts it renders);
 * - API paths Next.js cannot route (a percent-encoding that is not UTF-8 fails its own decoding with a
 *   plain-text 500) are refused as JSON.
 * The matcher keeps every other /api request away from the proxy: Next.js buffers the body of each
 * request a proxy sees, which would undo the streamed body limits of lib/api/read-body.ts. API answers
 * get their policy from next.config.ts headers().
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path.startsWith("/api/")) {
    const problem = requestPathProblem(path);
    return problem ? errorResponse(problem) : NextResponse.next();
  }
  const config = getConfig();
  const policy = pageContentSecurityPolicy({
    nonce: randomBytes(16).toString("base64"),
    dev: config.NODE_ENV === "development",
    imageOrigins: storageImageOrigins(config),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages (not static chunks and images), and API paths with a `%` only.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)", "/api/v1/(.*%.*)"],
};
