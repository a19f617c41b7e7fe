import { isIllustratedProvider } from "@/lib/faces/face-check-types";

/**
 * Whether a generation's images are made side by side (each its own chain of provider call → save → check,
 * the provider's limits deciding how many calls run at once) rather than one after another. A remote
 * provider's images are; the offline generator draws on this server's own cores, where side by side buys
 * nothing, and a grid's first call makes all four images, so both go in order.
 */
export function makesImagesAtOnce(generation: { provider: string }, input: { mode?: string }) {
  return !isIllustratedProvider(generation.provider) && input.mode !== "grid";
}
