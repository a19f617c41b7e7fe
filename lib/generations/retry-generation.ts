import { BadRequestError, ConflictError } from "@/lib/errors";
import { getImageProvider } from "@/lib/providers/image";
import { reserveUsage } from "@/lib/usage/reserve-usage";
import { enqueueGeneration } from "./enqueue-generation";
import { getGenerationOrThrow } from "./get-generation-or-throw";
import { reopenGeneration } from "./reopen-generation";

const RUNNING = new Set(["pending", "processing"]);

/**
 * Runs a failed (or partly failed) generation again. Images already made are kept: their files exist
 * under the same keys, so only the missing ones are generated. Of concurrent retries exactly one wins
 * (one conditional UPDATE); the others answer 409.
 */
export async function retryGeneration(ownerId: string, generationId: string) {
  const existing = await getGenerationOrThrow(ownerId, generationId);
  if (RUNNING.has(existing.status)) throw new ConflictError("This generation is still running");
  if (existing.status === "completed" && existing.failed === 0) throw new BadRequestError("This generation has nothing to retry");
  getImageProvider(existing.provider);
  const demand = { provider: existing.provider, model: existing.model, images: Math.max(existing.total - existing.done, 0), what: "this retry" };
  const generation = await reserveUsage(ownerId, demand, (tx) => reopenGeneration(tx, generationId, { retryableOnly: true }));
  if (!generation) {
    // Another request changed it between the read and the write: say what is true now.
    const now = await getGenerationOrThrow(ownerId, generationId);
    if (RUNNING.has(now.status)) throw new ConflictError("This generation is already being retried");
    throw new ConflictError("This generation has nothing to retry any more");
  }
  return enqueueGeneration(generation);
}
