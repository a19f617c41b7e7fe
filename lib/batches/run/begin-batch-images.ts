import { getDb } from "@/lib/db/client";
import { getImageProvider, type ImageProviderName } from "@/lib/providers/image";

/** The batch's provider as a known name (it was checked when the batch was created or retried). */
function imageProviderName(name: string): ImageProviderName {
  return getImageProvider(name).name;
}

/** Moves the batch to `generating_images` and lists the personas that still need their images, in order. */
export async function beginBatchImages(batchId: string) {
  const db = await getDb();
  const batch = await db.batch.update({ where: { id: batchId }, data: { status: "generating_images" }, select: { provider: true } });
  const personas = await db.batchPersona.findMany({
    where: { batchId, status: { not: "succeeded" } },
    orderBy: { index: "asc" },
    select: { avatarId: true },
  });
  return { avatarIds: personas.map((persona) => persona.avatarId), provider: imageProviderName(batch.provider) };
}
