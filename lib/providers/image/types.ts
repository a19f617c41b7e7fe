import type { VisualAttributes } from "@/lib/avatars/persona-schemas";

export type ImageProviderName = "local" | "huggingface" | "openai";

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
  attributes?: VisualAttributes;
  /** Stable per avatar: the local provider keeps face, skin and hair fixed for one identitySeed. */
  identitySeed?: string;
  /** An approved image of the same person; remote providers switch to image-to-image / edit. */
  reference?: ImageReference;
  /** Which of a set of variations this is (0-based); changes pose, expression and framing only. */
  variationIndex?: number;
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

export interface ImageProvider {
  name: ImageProviderName;
  model: string;
  supportsReference: boolean;
  /** Throws ProviderError (see errors.ts) on failure; an abort by `signal` rethrows the abort as is. */
  generate(request: ImageRequest, options?: GenerateOptions): Promise<GeneratedImage>;
}
