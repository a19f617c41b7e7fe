import { parseQuery } from "@/lib/api/parse-request";
import { withUser } from "@/lib/api/with-user";
import { exportBatch, batchExportQuerySchema } from "@/lib/batches/export-batch";
import { getConfig } from "@/lib/config/env";

export const GET = withUser<{ batchId: string }>(async ({ req, user, params }) => {
  const { format } = parseQuery(req, batchExportQuerySchema);
  const baseUrl = getConfig().APP_URL ?? new URL(req.url).origin;
  const file = await exportBatch(user.id, params.batchId, format, { baseUrl });
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
