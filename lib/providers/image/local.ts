import sharp from "sharp";
import { deriveLocalAvatar } from "./derive-local-avatar";
import { ProviderError } from "./errors";
import { renderLocalAvatar } from "./render-local-avatar";
import type { GenerateOptions, ImageProvider, ImageRequest, ProviderSupports } from "./types";

export const LOCAL_MODEL = "dicebear-avataaars";

// It draws from the look, never from the prompt's words, so a negative prompt means nothing to it.
export const LOCAL_SUPPORTS: ProviderSupports = { seed: true, negativePrompt: false, reference: true, strength: false, quality: false, grid: true };

/** Four poses of one person (variationIndex 0–3) in one 2×2 canvas, like a model asked for a grid. */
async function renderLocalGrid(request: ImageRequest) {
  const width = Math.floor(request.width / 2);
  const height = Math.floor(request.height / 2);
  const cells = await Promise.all([0, 1, 2, 3].map((variationIndex) => renderLocalAvatar(deriveLocalAvatar({ ...request, variationIndex }), width, height)));
  return sharp({ create: { width: request.width, height: request.height, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 1 } } })
    .composite(cells.map((input, index) => ({ input, left: (index % 2) * width, top: Math.floor(index / 2) * height })))
    .png()
    .toBuffer();
}

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
        const data = request.grid ? await renderLocalGrid(request) : await renderLocalAvatar(deriveLocalAvatar(request), request.width, request.height);
        return { data, mimeType: "image/png", provider: "local", model: LOCAL_MODEL };
      } catch (err) {
        throw new ProviderError(`The local generator failed: ${(err as Error).message}`, { kind: "permanent", provider: "local", cause: err });
      }
    },
  };
}
