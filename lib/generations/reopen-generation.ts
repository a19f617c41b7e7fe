import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { generationInputSchema } from "./generation-input";

/** Finished generations that a retry may run again: failed, cancelled, or completed with some images failed. */
const RETRYABLE: Prisma.GenerationWhereInput = {
  OR: [{ status: { in: ["failed", "cancelled"] } }, { status: "completed", failed: { gt: 0 } }],
};

/**
 * Puts a failed, partly failed or cancelled generation back to pending so a new run makes only its
 * missing images: the ones already made keep their files and rows (deterministic keys and ids), and
 * its failed or cancelled training items wait again. Returns the reopened row, or null when it was
 * not finished (or, with `retryableOnly`, had nothing to retry). The status flip is one conditional
 * UPDATE, so of several concurrent callers exactly one gets the row.
 */
export async function reopenGeneration(
  db: PrismaClient | Prisma.TransactionClient,
  generationId: string,
  { retryableOnly = false }: { retryableOnly?: boolean } = {},
) {
  const { count } = await db.generation.updateMany({
    where: { id: generationId, ...(retryableOnly ? RETRYABLE : { status: { in: ["failed", "completed", "cancelled"] } }) },
    data: { status: "pending", stage: "queued", currentIndex: null, progress: 0, failed: 0, errorMessage: null, startedAt: null, completedAt: null, waitingUntil: null },
  });
  if (count === 0) return null;
  const generation = await db.generation.findUniqueOrThrow({ where: { id: generationId } });
  const trainingItemIds = generationInputSchema.safeParse(generation.input ?? {}).data?.trainingItemIds;
  if (trainingItemIds?.length) {
    await db.trainingItem.updateMany({ where: { id: { in: trainingItemIds }, status: { in: ["failed", "cancelled"] } }, data: { status: "pending", errorMessage: null } });
  }
  return generation;
}
