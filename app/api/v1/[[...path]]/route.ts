import { withPublic } from "@/lib/api/with-user";
import { AppError } from "@/lib/errors";

/** Any /api/v1 path no route serves answers JSON like every other API answer, never the HTML 404 page. */
const answer = withPublic(async ({ req }) => {
  throw new AppError(`No API route for ${req.method} ${new URL(req.url).pathname}. See the API section of the README.`, "not_found");
});

// The catch-all's own params (path segments) are not ids: the request layer checks only the query and body.
const notFound = (req: Request) => answer(req, { params: Promise.resolve({}) });

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
