import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { requestOrigin } from "@/lib/api/request-origin";
import { withUser } from "@/lib/api/with-user";
import { toActorMakerManifest } from "@/lib/training/actor-maker-manifest";
import { exportTrainingManifest } from "@/lib/training/export-training-manifest";
import { getTrainingManifest } from "@/lib/training/get-training-manifest";
import { trainingManifestQuerySchema } from "@/lib/training/training-manifest-query";

export const GET = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const { download, format } = parseQuery(req, trainingManifestQuerySchema);
  if (download === undefined) {
    const manifest = await getTrainingManifest(user.id, params.avatarId);
    return format === "actor-maker" ? { ...toActorMakerManifest(manifest, requestOrigin(req)) } : { ...manifest };
  }
  const { manifest, filename } = await exportTrainingManifest(user.id, params.avatarId, requestOrigin(req), format);
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
