import { getDb } from "@/lib/db/client";
import { getImageProvider, type ImageProviderName } from "@/lib/providers/image";

/** The batch's provider as a known name (it was checked when the batch was created or retried). */
function imageProviderName(name: string): ImageProviderName {
  return getImageProvider(name).name;
}

/**
 * Moves the batch to `generating_images` and lists the personas that still need their images, in
 * order: those waiting or interrupted (a retry resets its failed ones to pending, a resume its
 * cancelled ones). None when the batch was cancelled meanwhile.
 */
export async function beginBatchImages(batchId: string) {
  const db = await getDb();
  const { count } = await db.batch.updateMany({ where: { id: batchId, status: { not: "cancelled" } }, data: { status: "generating_images" } });
  const batch = await db.batch.findUniqueOrThrow({ where: { id: batchId }, select: { provider: true } });
  const personas = await db.batchPersona.findMany({
    where: { batchId, status: { in: count ? ["pending", "running"] : [] } },
    orderBy: { index: "asc" },
    select: { avatarId: true },
  });
  return { avatarIds: personas.map((persona) => persona.avatarId), provider: imageProviderName(batch.provider) };
}
