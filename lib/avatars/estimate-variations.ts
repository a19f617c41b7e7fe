import { getImageProvider } from "@/lib/providers/image";
import { estimateWork } from "@/lib/usage/estimate-work";
import { VARIATION_COUNT } from "./create-variations-generation";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import type { VariationsMode } from "./variations-mode";

/** What 4 variations of this avatar's base would cost with the chosen provider (a grid is one call). */
export async function estimateVariations(ownerId: string, avatarId: string, options: { provider?: string; mode?: VariationsMode } = {}) {
  await getSeedStateOrThrow(ownerId, avatarId);
  const provider = getImageProvider(options.provider ?? "local");
  const grid = options.mode === "grid";
  return estimateWork(ownerId, {
    provider: provider.name,
    model: provider.referenceModel,
    images: VARIATION_COUNT,
    what: "these variations",
    ...(grid ? { callsPerImage: 1 / VARIATION_COUNT, breakdown: "4 images from one 2×2 grid" } : {}),
  });
}
