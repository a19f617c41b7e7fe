import { withPublic } from "@/lib/api/with-user";
import { AppError } from "@/lib/errors";

/** Any /api/v1 path no route serves answers JSON like every other API answer, never the HTML 404 page. */
const notFound = withPublic(async ({ req }) => {
  throw new AppError(`No API route for ${req.method} ${new URL(req.url).pathname}. See the API section of the README.`, "not_found");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
