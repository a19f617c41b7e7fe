import { AppError } from "@/lib/errors";
import { errorResponse } from "./api-errors";

/** The methods a REST route may implement; HEAD and OPTIONS follow from them. */
export const API_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type ApiMethod = (typeof API_METHODS)[number];

type Handler = (req: Request) => Promise<Response>;
type Implemented = Partial<Record<ApiMethod, unknown>>;

/** The handlers a route exports beside its own: every method it lacks, OPTIONS, and HEAD when it has no GET. */
export type OtherMethods<H extends Implemented> = Record<Exclude<ApiMethod, keyof H> | "OPTIONS", Handler> &
  ("GET" extends keyof H ? unknown : Record<"HEAD", Handler>);

/** The Allow header for a route implementing `methods`, as Next.js writes it (HEAD with GET, OPTIONS always, sorted). */
export function allowHeader(methods: readonly ApiMethod[]): string {
  return [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
}

/**
 * Every method a route does not implement answers a JSON 405 with an Allow header, like every other
 * /api/v1 answer (Next.js's own 405 has an empty body), before any authentication or body reading.
 * A route ends with `export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });`
 * naming exactly what it lacks (the type refuses a method it has; the security suite finds one it forgot).
 * OPTIONS answers 204 with the same Allow, replacing Next.js's, which would count these fallbacks.
 */
export function refuseOtherMethods<H extends Implemented>(implemented: H): OtherMethods<H> {
  const methods = API_METHODS.filter((method) => implemented[method] !== undefined);
  const allow = allowHeader(methods);
  const refuse: Handler = async (req) => {
    const response = errorResponse(new AppError(`${req.method} is not allowed on ${new URL(req.url).pathname}. Allowed: ${allow}.`, "method_not_allowed"));
    response.headers.set("allow", allow);
    return response;
  };
  const handlers: Record<string, Handler> = { OPTIONS: async () => new Response(null, { status: 204, headers: { allow } }) };
  for (const method of API_METHODS) if (!methods.includes(method)) handlers[method] = refuse;
  if (!methods.includes("GET")) handlers.HEAD = refuse;
  return handlers as OtherMethods<H>;
}
