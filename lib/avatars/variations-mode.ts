/** "separate": one provider call per variation; "grid": one 2×2 grid image cut into four (a quarter of the calls). */
export const VARIATIONS_MODES = ["separate", "grid"] as const;
export type VariationsMode = (typeof VARIATIONS_MODES)[number];

/** The variations of an approved base: four separate images, or the four cells of one 2×2 grid. */
export const VARIATION_COUNT = 4;

/** Provider calls one variation image takes: a grid draws all four in one call. A stored mode other than "grid" is separate calls. */
export function variationCallShare(mode: string) {
  return mode === "grid" ? 1 / VARIATION_COUNT : 1;
}
