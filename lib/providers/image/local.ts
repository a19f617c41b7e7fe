import { deriveLocalAvatar } from "./derive-local-avatar";
import { ProviderError } from "./errors";
import { renderLocalAvatar } from "./render-local-avatar";
import type { GenerateOptions, ImageProvider, ImageRequest, ProviderSupports } from "./types";

export const LOCAL_MODEL = "dicebear-avataaars";

// It draws from the look, never from the prompt's words, so a negative prompt means nothing to it.
export const LOCAL_SUPPORTS: ProviderSupports = { seed: true, negativePrompt: false, reference: true, strength: false, quality: false, grid: true };

/**
 * Offline generator: an illustrated avatar, no key, no network. The same request always gives the same
 * bytes; identitySeed (or a reference) keeps the person while seed/variationIndex change the shot.
 * The prompt text is not interpreted.
 */
export function createLocalProvider(): ImageProvider {
  return {
    name: "local",
    model: LOCAL_MODEL,
    referenceModel: LOCAL_MODEL,
    supports: LOCAL_SUPPORTS,
    async generate(request: ImageRequest, options: GenerateOptions = {}) {
      options.signal?.throwIfAborted();
      try {
        const data = await renderLocalAvatar(deriveLocalAvatar(request), request.width, request.height);
        return { data, mimeType: "image/png", provider: "local", model: LOCAL_MODEL };
      } catch (err) {
        throw new ProviderError(`The local generator failed: ${(err as Error).message}`, { kind: "permanent", provider: "local", cause: err });
      }
    },
  };
}
