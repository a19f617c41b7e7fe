import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { imageSelect, toImageView } from "./image-view";

/** The owner's image as pages and REST show it; another user's reads as not found. */
export async function getImageOrThrow(ownerId: string, imageId: string) {
  const db = await getDb();
  const row = await db.image.findFirst({ where: { id: imageId, avatar: { project: { ownerId } } }, select: imageSelect });
  if (!row) throw new NotFoundError("Image");
  return toImageView(row);
}
