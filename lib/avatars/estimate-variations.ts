import { getImageProvider } from "@/lib/providers/image";
import { estimateWork } from "@/lib/usage/estimate-work";
import { VARIATION_COUNT } from "./create-variations-generation";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";

/** What 4 variations of this avatar's base would cost with the chosen provider. */
export async function estimateVariations(ownerId: string, avatarId: string, options: { provider?: string } = {}) {
  await getSeedStateOrThrow(ownerId, avatarId);
  const provider = getImageProvider(options.provider ?? "local");
  return estimateWork(ownerId, { provider: provider.name, model: provider.model, images: VARIATION_COUNT, what: "these variations" });
}
