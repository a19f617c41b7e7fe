import type { PublicUser } from "@/lib/users/create-user";
import { errorResponse } from "./api-errors";
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

/** A REST route for a signed-in caller (Bearer token or session). */
export function withUser<P extends Params = Params>(handler: (ctx: RouteContext<P>) => Promise<Result>) {
  return withPublic<P>(async ({ req, params }) => handler({ req, params, user: await authenticateRequest(req) }));
}

export function created(body: Record<string, unknown>) {
  return Response.json(body, { status: 201 });
}

export function accepted(body: Record<string, unknown>) {
  return Response.json(body, { status: 202 });
}
