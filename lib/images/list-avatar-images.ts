import { getDb } from "@/lib/db/client";
import type { ImageKind } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors";
import { imageSelect, toImageView } from "./image-view";

/** An owner's avatar's images, newest first, optionally of one kind; grid images (cut into variations) only when asked for. */
export async function listAvatarImages(ownerId: string, avatarId: string, kind?: ImageKind) {
  const db = await getDb();
  const avatar = await db.avatar.findFirst({ where: { id: avatarId, project: { ownerId } }, select: { id: true } });
  if (!avatar) throw new NotFoundError("Avatar");
  const rows = await db.image.findMany({
    where: { avatarId, ...(kind ? { kind } : { kind: { not: "grid" } }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: imageSelect,
  });
  return rows.map(toImageView);
}
