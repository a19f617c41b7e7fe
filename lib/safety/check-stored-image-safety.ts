import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isIllustratedProvider, readBytes, type ImageBytes } from "@/lib/faces/face-check-types";
import { originalReader } from "@/lib/images/original-reader";
import { classifyImage } from "./classify-image";

/**
 * The "safety" check of a generation's image: classifies the stored original and writes Image.safety
 * ({ flagged, label, scores }). A flagged image is kept (blurred in the UI, left out of exports unless the
 * project allows explicit content). Recomputed and overwritten on a retry, so it is idempotent.
 * An image the built-in offline generator drew (our own shapes, never a photograph) is not classified, as
 * its faces are not measured: it stays unchecked (unflagged), and a local batch never loads the classifier
 * (~73 ms of CPU per image and ~217 MiB resident, `npm run bench:safety`).
 */
export async function checkStoredImageSafety(imageId: string) {
  const db = await getDb();
  const image = await db.image.findUnique({ where: { id: imageId }, select: { id: true, storageKey: true, provider: true } });
  if (!image) return { checked: false as const };
  return checkImageSafety(image, originalReader(image));
}

/** checkStoredImageSafety on an image already loaded, its original read through `original` only when it is classified. */
export async function checkImageSafety(image: { id: string; provider: string | null }, original: ImageBytes) {
  if (isIllustratedProvider(image.provider)) return { checked: false as const, skipped: "illustrated" as const };
  const verdict = await classifyImage(await readBytes(original));
  // updateMany: an image deleted meanwhile (its avatar removed) is not an error.
  await (await getDb()).image.updateMany({ where: { id: image.id }, data: { safety: verdict as unknown as Prisma.InputJsonValue } });
  return { checked: true as const, flagged: verdict.flagged, label: verdict.label };
}
