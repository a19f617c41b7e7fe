import { imageFileResponse } from "@/lib/api/image-file-response";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";

export const GET = withUser<{ imageId: string }>(async ({ user, params }) => imageFileResponse(user.id, params.imageId, "thumbnail", false));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
