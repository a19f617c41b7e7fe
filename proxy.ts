import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config/env";
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, storageImageOrigins } from "@/lib/http/security-headers";

/**
 * Only response headers here (the Content-Security-Policy with a per-request nonce); access is
 * decided in lib/, never in the proxy.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    return response;
  }
  const config = getConfig();
  const policy = pageContentSecurityPolicy({
    nonce: randomBytes(16).toString("base64"),
    dev: config.NODE_ENV === "development",
    imageOrigins: storageImageOrigins(config),
  });
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static chunks and images need no policy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
