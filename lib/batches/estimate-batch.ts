import { isIllustratedProvider } from "@/lib/faces/face-check-types";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getImageProvider } from "@/lib/providers/image";
import { estimateWork } from "@/lib/usage/estimate-work";
import { batchCallsPerImage } from "./batch-cost";
import type { CreateBatchInput } from "./batch-schemas";
import { IMAGES_PER_PERSONA } from "./summarize-batch-personas";

/**
 * What a batch with this create body would cost: personas × images each, before anything is written (a
 * grid's four variations are one provider call). Unless
 * every base is sure to be approved ("always", or "if-quality-good" with the offline provider, whose
 * not-measured bases pass), that is at most: a base that waits in review gets no variations, and they are not charged.
 */
export async function estimateBatch(ownerId: string, projectId: string, input: CreateBatchInput) {
  const project = await getProjectOrThrow(ownerId, projectId);
  const provider = getImageProvider(input.provider ?? "local");
  const perPersona = input.images ? IMAGES_PER_PERSONA : 0;
  const rule = input.autoApprove ?? project.settings.autoApprove;
  const everyBaseApproved = rule === "always" || (rule === "if-quality-good" && isIllustratedProvider(provider.name));
  const atMost = input.images && !everyBaseApproved ? " at most" : "";
  const images = input.count * perPersona;
  return estimateWork(ownerId, {
    provider: provider.name,
    model: provider.model,
    images,
    callsPerImage: batchCallsPerImage({ count: input.count, variationsMode: input.variationsMode }, images),
    what: "this batch",
    breakdown: `${input.count} ${input.count === 1 ? "persona" : "personas"} × ${perPersona} images${atMost}`,
  });
}
