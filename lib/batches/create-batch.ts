import { randomSeed } from "@/lib/avatars/random-seed";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getImageProviderFor } from "@/lib/providers/image";
import { reserveUsage } from "@/lib/usage/reserve-usage";
import { batchCallsPerImage } from "./batch-cost";
import type { CreateBatchInput } from "./batch-schemas";
import { batchSelect, toBatchView } from "./batch-view";
import { enqueueBatchRun } from "./enqueue-batch-run";
import { IMAGES_PER_PERSONA } from "./summarize-batch-personas";

/** The provider a batch will use, refused (400, naming the field) before anything is written when it cannot run. */
function checkProvider(name: string, input: CreateBatchInput) {
  try {
    // Variations work from the approved base; grid variations need a provider that can draw a grid.
    return getImageProviderFor(name, { reference: input.images, grid: input.images && input.variationsMode === "grid" });
  } catch (error) {
    if (error instanceof AppError && error.code === "provider_unavailable") throw new AppError(error.message, error.code, { details: { provider: [error.message] } });
    throw error;
  }
}

/**
 * Writes a pending batch and starts its job; answers at once (the job fills in personas and images).
 * It reserves every image (base and variations of each persona); a persona whose base waits in review
 * gives its variations back (hold-persona-for-review).
 */
export async function createBatch(ownerId: string, projectId: string, input: CreateBatchInput) {
  const project = await getProjectOrThrow(ownerId, projectId);
  const provider = checkProvider(input.provider ?? "local", input);
  const imagesTotal = input.images ? input.count * IMAGES_PER_PERSONA : 0;
  const demand = {
    provider: provider.name,
    model: provider.model,
    images: imagesTotal,
    callsPerImage: batchCallsPerImage({ count: input.count, variationsMode: input.variationsMode }, imagesTotal),
    what: "this batch",
  };
  const row = await reserveUsage(ownerId, demand, (tx, unitPriceUsd) => tx.batch.create({
    data: {
      projectId,
      userId: ownerId,
      count: input.count,
      brief: input.brief ?? null,
      constraints: (input.constraints ?? undefined) as Prisma.InputJsonValue | undefined,
      images: input.images,
      provider: provider.name,
      unitPriceUsd,
      variationsMode: input.variationsMode,
      autoApprove: input.autoApprove ?? project.settings.autoApprove,
      seed: input.seed ?? randomSeed(),
      imagesTotal,
    },
    select: batchSelect,
  }));
  await enqueueBatchRun(row, "run");
  return toBatchView(row);
}
