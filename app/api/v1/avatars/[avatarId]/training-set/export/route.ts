import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { requestOrigin } from "@/lib/api/request-origin";
import { withUser } from "@/lib/api/with-user";
import { exportTrainingSet } from "@/lib/training/export/export-training-set";
import { trainingExportQuerySchema } from "@/lib/training/export/plan-training-export";

/** The training set as a streamed ZIP: ?format=zip (with the manifest) | kohya | ai-toolkit, &repeats= for kohya. */
export const GET = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const query = parseQuery(req, trainingExportQuerySchema);
  const { stream, filename } = await exportTrainingSet(user.id, params.avatarId, requestOrigin(req), query);
  return new Response(stream, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
