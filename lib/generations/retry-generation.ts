import { getDb } from "@/lib/db/client";
import { BadRequestError } from "@/lib/errors";
import { getImageProvider } from "@/lib/providers/image";
import { generationInputSchema } from "./generation-input";
import { getGenerationOrThrow } from "./get-generation-or-throw";
import { enqueueGeneration } from "./enqueue-generation";

/**
 * Runs a failed (or partly failed) generation again. Images already made are kept: their files exist
 * under the same keys, so only the missing ones are generated.
 */
export async function retryGeneration(ownerId: string, generationId: string) {
  const existing = await getGenerationOrThrow(ownerId, generationId);
  if (existing.status === "pending" || existing.status === "processing") {
    throw new BadRequestError("This generation is still running");
  }
  if (existing.status === "completed" && existing.failed === 0) throw new BadRequestError("This generation has nothing to retry");
  getImageProvider(existing.provider);
  const db = await getDb();
  const generation = await db.generation.update({
    where: { id: generationId },
    data: { status: "pending", stage: "queued", progress: 0, failed: 0, errorMessage: null, completedAt: null },
  });
  const input = generationInputSchema.parse(generation.input ?? {});
  if (input.trainingItemIds?.length) {
    await db.trainingItem.updateMany({
      where: { id: { in: input.trainingItemIds }, status: "failed" },
      data: { status: "pending", errorMessage: null },
    });
  }
  return enqueueGeneration(generation);
}
