import { signedImageFileResponse } from "@/lib/api/image-file-response";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withPublic } from "@/lib/api/with-user";

/** A signed image link from a manifest or an export: no token; a tampered or expired link is 404. */
export const GET = withPublic<{ imageId: string }>(async ({ req, params }) => signedImageFileResponse(req.url, params.imageId));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
