import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { requestOrigin } from "@/lib/api/request-origin";
import { withUser } from "@/lib/api/with-user";
import { avatarExportQuerySchema, exportAvatarsZip } from "@/lib/avatars/bulk/export-avatars-zip";

export const GET = withUser<{ projectId: string }>(async ({ req, user, params }) => {
  const file = await exportAvatarsZip(user.id, params.projectId, parseQuery(req, avatarExportQuerySchema), { baseUrl: requestOrigin(req) });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
