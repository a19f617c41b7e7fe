import { getConfig, type Config } from "@/lib/config/env";
import { BadRequestError } from "@/lib/errors";
import { findImageProviderInfo } from "./list-image-providers";
import type { ProviderSupports } from "./types";

/** The options a request asks a provider for; undefined means "not asked". */
export interface RequestedProviderOptions {
  seed?: number;
  negativePrompt?: string;
  /** Works from a reference image (refine, variations, training). */
  reference?: boolean;
  strength?: number;
  quality?: string;
  /** One 2×2 grid image split into four variations. */
  grid?: boolean;
}

const REFUSALS: Record<keyof ProviderSupports, string> = {
  seed: "ignores seeds; leave seed out or choose another provider",
  negativePrompt: "takes no negative prompt; leave negativePrompt out or choose another provider",
  reference: "cannot work from a reference image; choose another provider",
  strength: "takes no strength; leave strength out or choose another provider",
  quality: "takes no quality setting; leave quality out or choose another provider",
  grid: "cannot make grid variations; use mode \"separate\" or choose another provider",
};

function refuse(option: string, message: string): never {
  throw new BadRequestError(`${option}: ${message}`, { [option]: [message] });
}

/**
 * Refuses (400, naming the option) anything the provider cannot honour, so a request is never queued to be
 * silently ignored or to fail later. Every door (REST, server actions, batches) calls this one check.
 */
export function assertProviderOptions(providerName: string, requested: RequestedProviderOptions, config: Config = getConfig()) {
  const info = findImageProviderInfo(providerName, config);
  if (!info) return; // getImageProvider refuses unknown names with provider_unavailable
  const asked: Record<keyof ProviderSupports, boolean> = {
    seed: requested.seed !== undefined,
    negativePrompt: Boolean(requested.negativePrompt?.trim()),
    reference: Boolean(requested.reference),
    strength: requested.strength !== undefined,
    quality: Boolean(requested.quality),
    grid: Boolean(requested.grid),
  };
  for (const option of Object.keys(asked) as (keyof ProviderSupports)[]) {
    if (asked[option] && !info.supports[option]) refuse(option, `${info.label} ${REFUSALS[option]}`);
  }
  if (requested.quality && !info.qualities.includes(requested.quality)) {
    refuse("quality", `must be one of ${info.qualities.join(", ")} for ${info.models.textToImage}`);
  }
}
