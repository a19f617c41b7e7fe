import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { requestOrigin } from "@/lib/api/request-origin";
import { withUser } from "@/lib/api/with-user";
import { exportBatch, batchExportQuerySchema } from "@/lib/batches/export/export-batch";

export const GET = withUser<{ batchId: string }>(async ({ req, user, params }) => {
  const { format } = parseQuery(req, batchExportQuerySchema);
  const file = await exportBatch(user.id, params.batchId, format, { baseUrl: requestOrigin(req) });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
