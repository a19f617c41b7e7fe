import { buildPrompt } from "./build-prompt";
import type { Persona, VisualAttributes } from "./persona-schemas";

export interface SeedPromptSource {
  persona: unknown;
  attributes: unknown;
  appearanceDescription: string | null;
  /** The user's own prompt and negative prompt, kept from "Generate avatar". */
  prompt: string | null;
  negativePrompt: string | null;
}

/**
 * The prompt for a persona's seed image, candidates and variations: the user's own prompt and appearance
 * description with persona and look, and the user's negative prompt before the built-in one. The name is
 * left out (models paint it as text).
 */
export function seedPrompt(avatar: SeedPromptSource) {
  return buildPrompt({
    prompt: avatar.prompt ?? "",
    appearanceDescription: avatar.appearanceDescription ?? undefined,
    negativePrompt: avatar.negativePrompt ?? undefined,
    persona: (avatar.persona ?? undefined) as Persona | undefined,
    attributes: (avatar.attributes ?? undefined) as VisualAttributes | undefined,
  });
}
