import { z } from "zod";
import { parseQuery } from "@/lib/api/parse-request";
import { withUser } from "@/lib/api/with-user";
import { getConfig } from "@/lib/config/env";
import { exportTrainingManifest } from "@/lib/training/export-training-manifest";
import { getTrainingManifest } from "@/lib/training/get-training-manifest";

/**
 * The address the caller reached the app at, for absolute image URLs: APP_URL when set, else the Host
 * the request came to (behind a proxy, its forwarded host). req.url alone names the bind address.
 */
function publicOrigin(req: Request) {
  const configured = getConfig().APP_URL;
  if (configured) return configured;
  const url = new URL(req.url);
  // A chain of proxies lists several values; the first is the one the client used.
  const first = (name: string) => req.headers.get(name)?.split(",")[0]?.trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host") ?? url.host;
  const proto = first("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

const querySchema = z.object({ download: z.enum(["1", "true", ""], { error: "download must be 1" }).optional() });

export const GET = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const { download } = parseQuery(req, querySchema);
  if (download === undefined) return { ...(await getTrainingManifest(user.id, params.avatarId)) };
  const { manifest, filename } = await exportTrainingManifest(user.id, params.avatarId, publicOrigin(req));
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
