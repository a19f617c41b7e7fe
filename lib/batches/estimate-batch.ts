import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getImageProvider } from "@/lib/providers/image";
import { estimateWork } from "@/lib/usage/estimate-work";
import type { CreateBatchInput } from "./batch-schemas";
import { IMAGES_PER_PERSONA } from "./summarize-batch-personas";

/** What a batch with this create body would cost: personas × images each, before anything is written. */
export async function estimateBatch(ownerId: string, projectId: string, input: CreateBatchInput) {
  await getProjectOrThrow(ownerId, projectId);
  const provider = getImageProvider(input.provider ?? "local");
  const perPersona = input.images ? IMAGES_PER_PERSONA : 0;
  return estimateWork(ownerId, {
    provider: provider.name,
    model: provider.model,
    images: input.count * perPersona,
    what: "this batch",
    breakdown: `${input.count} ${input.count === 1 ? "persona" : "personas"} × ${perPersona} images`,
  });
}
