import { signedImageFileResponse } from "@/lib/api/image-file-response";
import { withPublic } from "@/lib/api/with-user";

/** A signed image link from a manifest or an export: no token; a tampered or expired link is 404. */
export const GET = withPublic<{ imageId: string }>(async ({ req, params }) => signedImageFileResponse(req.url, params.imageId));
