import { linkedImageFileResponse } from "@/lib/api/image-file-response";
import { withPublic } from "@/lib/api/with-user";
import { NotFoundError } from "@/lib/errors";
import { isValidImageLink } from "@/lib/images/signed-image-link";

/** A signed image link from a manifest or an export: no token; a tampered or expired link is 404. */
export const GET = withPublic<{ imageId: string }>(async ({ req, params }) => {
  const query = new URL(req.url).searchParams;
  if (!isValidImageLink(params.imageId, query.get("exp"), query.get("sig"))) throw new NotFoundError("Image");
  return linkedImageFileResponse(params.imageId, query.has("download"));
});
