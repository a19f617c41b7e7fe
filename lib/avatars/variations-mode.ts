/** "separate": one provider call per variation; "grid": one 2×2 grid image cut into four (a quarter of the calls). */
export const VARIATIONS_MODES = ["separate", "grid"] as const;
export type VariationsMode = (typeof VARIATIONS_MODES)[number];
