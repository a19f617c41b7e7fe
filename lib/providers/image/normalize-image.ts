import sharp from "sharp";
import { ProviderError } from "./errors";
import type { ImageProviderName } from "./types";

// Generous: a provider image is at most a few megapixels, this only stops a runaway response.
const MAX_PROVIDER_PIXELS = 64_000_000;

/**
 * Any provider output as a PNG of exactly width × height (cover crop from the centre), so callers never
 * see a provider's own size or format. Unreadable bytes are a transient failure: a retry usually helps.
 */
export async function normalizeImage(data: Buffer, size: { width: number; height: number }, provider: ImageProviderName) {
  try {
    return await sharp(data, { limitInputPixels: MAX_PROVIDER_PIXELS })
      .rotate()
      .resize(size.width, size.height, { fit: "cover", position: "centre" })
      .png()
      .toBuffer();
  } catch (err) {
    throw new ProviderError(`The ${provider} provider returned an image that could not be read: ${(err as Error).message}`, {
      kind: "transient",
      provider,
      cause: err,
    });
  }
}
