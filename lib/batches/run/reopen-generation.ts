import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

/**
 * Puts a failed (or partly failed) generation back to pending so a new run makes only its missing
 * images: the ones already made keep their files and rows (deterministic keys and ids).
 */
export async function reopenGeneration(db: PrismaClient | Prisma.TransactionClient, generationId: string) {
  await db.generation.updateMany({
    where: { id: generationId, status: { in: ["failed", "completed"] } },
    data: { status: "pending", stage: "queued", progress: 0, failed: 0, errorMessage: null, completedAt: null },
  });
}
