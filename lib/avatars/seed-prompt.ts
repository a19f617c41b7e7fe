import { buildPrompt } from "./build-prompt";
import type { Persona, VisualAttributes } from "./persona-schemas";

/** The prompt for a persona's seed image: its appearance description (or name) with persona and look. */
export function seedPrompt(avatar: { name: string; persona: unknown; attributes: unknown; appearanceDescription: string | null }) {
  return buildPrompt({
    prompt: avatar.appearanceDescription || `portrait of ${avatar.name}`,
    persona: (avatar.persona ?? undefined) as Persona | undefined,
    attributes: (avatar.attributes ?? undefined) as VisualAttributes | undefined,
  });
}
