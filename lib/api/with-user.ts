import type { PublicUser } from "@/lib/users/create-user";
import { errorResponse } from "./api-errors";
import { countApiRequest } from "./api-rate-limit";
import { authenticateRequest } from "./authenticate-request";
import { checkRequest } from "./check-request";

type Params = Record<string, string>;

export interface RouteContext<P extends Params> {
  req: Request;
  user: PublicUser;
  params: P;
}

export interface PublicRouteContext<P extends Params> {
  req: Request;
  params: P;
}

type Result = Response | Record<string, unknown> | null;

function respond(result: Result): Response {
  if (result instanceof Response) return result;
  if (result === null) return new Response(null, { status: 204 });
  return Response.json(result);
}

/** A REST route anyone may call (health, sign-up, token login); bad requests are refused first (checkRequest), domain errors become JSON errors. */
export function withPublic<P extends Params = Params>(handler: (ctx: PublicRouteContext<P>) => Promise<Result>) {
  return async (req: Request, context: { params: Promise<P> }) => {
    try {
      const params = ((await context.params) ?? {}) as P;
      checkRequest(req, params);
      return respond(await handler({ req, params }));
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    // Response.redirect() answers have immutable headers: copy them into a new answer.
    const copy = new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}

/**
 * A REST route for a signed-in caller (Bearer token or session). Every request counts against the
 * credential's rate limit, and every answer says where it stands (RateLimit-* headers).
 */
export function withUser<P extends Params = Params>(handler: (ctx: RouteContext<P>) => Promise<Result>) {
  return async (req: Request, context: { params: Promise<P> }) => {
    let caller;
    let counted;
    try {
      caller = await authenticateRequest(req);
      counted = await countApiRequest(caller.credential);
    } catch (error) {
      return errorResponse(error);
    }
    const { headers, refused } = counted;
    if (refused) return withHeaders(errorResponse(refused), headers);
    const user = caller.user;
    return withHeaders(await withPublic<P>(async ({ req, params }) => handler({ req, params, user }))(req, context), headers);
  };
}

export function created(body: Record<string, unknown>) {
  return Response.json(body, { status: 201 });
}

export function accepted(body: Record<string, unknown>) {
  return Response.json(body, { status: 202 });
}
