import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";

type StoredImage = { storageKey: string; thumbnailKey: string };

async function readStored(image: StoredImage | null, variant: "file" | "thumbnail") {
  if (!image) throw new NotFoundError("Image");
  const key = variant === "file" ? image.storageKey : image.thumbnailKey;
  const storage = getStorage();
  const url = storage.url ? await storage.url(key) : undefined;
  if (url) return { url };
  const object = await storage.get(key);
  if (!object) throw new NotFoundError("Image file");
  return { data: object.data, contentType: object.contentType, filename: key.split("/").pop() ?? "image" };
}

const select = { storageKey: true, thumbnailKey: true } as const;

/**
 * The bytes (or a presigned / public URL) of an owner's image or its thumbnail. Another user's image
 * reads exactly like a missing one.
 */
export async function readImageFile(ownerId: string, imageId: string, variant: "file" | "thumbnail") {
  const db = await getDb();
  return readStored(await db.image.findFirst({ where: { id: imageId, avatar: { project: { ownerId } } }, select }), variant);
}

/** The same for a signed link, whose signature (checked by the caller) stands in for the owner. */
export async function readLinkedImageFile(imageId: string) {
  const db = await getDb();
  return readStored(await db.image.findUnique({ where: { id: imageId }, select }), "file");
}
