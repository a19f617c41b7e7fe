import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/api-errors";
import { requestPathProblem } from "@/lib/api/check-request-path";

/**
 * Refuses API paths Next.js cannot route (a percent-encoding that is not UTF-8 fails its own decoding
 * with a plain-text 500) as JSON. It decides no access. The matcher keeps it to paths with a `%`:
 * Next.js buffers the body of every request a proxy sees, which would undo the streamed body limits
 * of lib/api/read-body.ts.
 */
export function proxy(req: NextRequest) {
  const problem = requestPathProblem(req.nextUrl.pathname);
  return problem ? errorResponse(problem) : NextResponse.next();
}

export const config = {
  matcher: ["/api/v1/(.*%.*)"],
};
