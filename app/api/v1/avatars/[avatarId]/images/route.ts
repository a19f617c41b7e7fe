import { z } from "zod";
import { parseQuery } from "@/lib/api/parse-request";
import { withUser } from "@/lib/api/with-user";
import { listAvatarImages } from "@/lib/images/list-avatar-images";

const querySchema = z.strictObject({ kind: z.enum(["base", "variation", "training", "grid"], { error: "kind must be base, variation, training or grid" }).optional() });

export const GET = withUser<{ avatarId: string }>(async ({ req, user, params }) => ({
  images: await listAvatarImages(user.id, params.avatarId, parseQuery(req, querySchema).kind),
}));
