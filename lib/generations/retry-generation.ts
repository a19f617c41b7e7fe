import { BadRequestError } from "@/lib/errors";
import { getImageProvider } from "@/lib/providers/image";
import { reserveUsage } from "@/lib/usage/reserve-usage";
import { enqueueGeneration } from "./enqueue-generation";
import { getGenerationOrThrow } from "./get-generation-or-throw";
import { reopenGeneration } from "./reopen-generation";

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
  const demand = { provider: existing.provider, model: existing.model, images: Math.max(existing.total - existing.done, 0), what: "this retry" };
  const generation = await reserveUsage(ownerId, demand, (tx) => reopenGeneration(tx, generationId));
  if (!generation) throw new BadRequestError("This generation is still running");
  return enqueueGeneration(generation);
}
