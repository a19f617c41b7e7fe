import { imageFileResponse } from "@/lib/api/image-file-response";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";

export const GET = withUser<{ imageId: string }>(async ({ req, user, params }) =>
  imageFileResponse(user.id, params.imageId, "file", new URL(req.url).searchParams.has("download")),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
