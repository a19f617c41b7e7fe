import { deriveLocalAvatar } from "./derive-local-avatar";
import { ProviderError } from "./errors";
import { renderLocalAvatar } from "./render-local-avatar";
import type { GenerateOptions, ImageProvider, ImageRequest } from "./types";

export const LOCAL_MODEL = "dicebear-avataaars";

/**
 * Offline generator: an illustrated avatar, no key, no network. The same request always gives the same
 * bytes; identitySeed (or a reference) keeps the person while seed/variationIndex change the shot.
 * The prompt text is not interpreted.
 */
export function createLocalProvider(): ImageProvider {
  return {
    name: "local",
    model: LOCAL_MODEL,
    supportsReference: true,
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
