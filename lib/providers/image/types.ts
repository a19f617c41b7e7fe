import type { ImageProviderName } from "./provider-names";

export type { ImageProviderName } from "./provider-names";

/**
 * The look of the person to draw, in the words of an avatar's visual attributes ("olive", "long wavy",
 * "corporate headshot"); the avatars domain owns those lists, and its attributes fit this shape as they are.
 * Only the local provider reads it (an unknown word falls back to its own pick).
 */
export interface ImageLook {
  gender?: string;
  ageRange?: string;
  hairStyle?: string;
  hairColor?: string;
  skinTone?: string;
  style?: string;
}

export interface ImageReference {
  data: Buffer;
  mimeType: string;
}

export interface ImageRequest {
  prompt: string;
  negativePrompt?: string;
  width: number;
  height: number;
  seed: number;
  /** Structured look; the local provider draws from it, remote providers only see the prompt. */
  attributes?: ImageLook;
  /** Stable per avatar: the local provider keeps face, skin and hair fixed for one identitySeed. */
  identitySeed?: string;
  /** An approved image of the same person; remote providers switch to image-to-image / edit. */
  reference?: ImageReference;
  /** Which of a set of variations this is (0-based); changes pose, expression and framing only. */
  variationIndex?: number;
  /**
   * Image-to-image: how far the result may move from the reference, 0 (keep it) to 1 (change the most).
   * Providers map it to their own strength/guidance or ignore it (OpenAI's edit has no such setting).
   */
  strength?: number;
  /** A provider quality level (OpenAI: low | medium | high, or standard | hd); providers with `supports.quality`. */
  quality?: string;
  /** One image holding four poses in a 2×2 grid (the prompt asks for it; the local provider draws it). */
  grid?: boolean;
}

export interface GeneratedImage {
  /** Always a PNG of exactly the requested width × height. */
  data: Buffer;
  mimeType: "image/png";
  provider: ImageProviderName;
  model: string;
}

export interface GenerateOptions {
  signal?: AbortSignal;
}

/** What a provider can honour; a request for anything else is refused before it is queued. */
export interface ProviderSupports {
  seed: boolean;
  negativePrompt: boolean;
  reference: boolean;
  strength: boolean;
  quality: boolean;
  grid: boolean;
}

export interface ImageProvider {
  name: ImageProviderName;
  /** The text-to-image model. */
  model: string;
  /** The model used when the request carries a reference image. */
  referenceModel: string;
  supports: ProviderSupports;
  /** Throws ProviderError (see errors.ts) on failure; an abort by `signal` rethrows the abort as is. */
  generate(request: ImageRequest, options?: GenerateOptions): Promise<GeneratedImage>;
}
