import type { ImageProviderName, ProviderSupports } from "./types";

export type { ProviderSupports } from "./types";

/** One provider as `GET /api/v1/providers` lists it; every form and every door reads the same list. */
export interface ImageProviderInfo {
  name: ImageProviderName;
  label: string;
  /** Configured on this server; the UI shows the others disabled with `reason`. */
  available: boolean;
  /** Why it is unavailable and how to enable it. */
  reason?: string;
  /** The text-to-image model (kept beside `models` for older clients). */
  model: string;
  models: { textToImage: string; reference: string | null };
  supports: ProviderSupports;
  /** The values `quality` takes (empty when `supports.quality` is false) and the default one. */
  qualities: string[];
  defaultQuality?: string;
  /**
   * What the provider draws natively: "WxH" sizes, "W:H" aspect ratios, or "any" (multiples of 8).
   * Every app size works; the nearest native one is drawn and cropped to the exact size.
   */
  sizes: string[];
}

/** Aspect ratios as "W:H", the form Replicate's and Stability's models take. */
export function pickAspectRatio(ratios: readonly string[], width: number, height: number): string {
  const target = Math.log(width / height);
  const distance = (ratio: string) => {
    const [w, h] = ratio.split(":").map(Number);
    return Math.abs(Math.log(w / h) - target);
  };
  return ratios.reduce((best, ratio) => (distance(ratio) < distance(best) ? ratio : best));
}
