/** "separate": one provider call per variation; "grid": one 2×2 grid image cut into four (a quarter of the calls). */
export const VARIATIONS_MODES = ["separate", "grid"] as const;
export type VariationsMode = (typeof VARIATIONS_MODES)[number];

/** Variations a 2×2 grid draws in one provider call. */
export const GRID_CELLS = 4;

/** Provider calls one variation image takes: a grid draws four in one call. A stored mode other than "grid" is separate calls. */
export function variationCallShare(mode: string) {
  return mode === "grid" ? 1 / GRID_CELLS : 1;
}
