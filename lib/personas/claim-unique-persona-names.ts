import type { NameAllocator } from "./allocate-persona-names";
import type { GeneratedPersona } from "./persona-generation-schemas";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function renameSurname(persona: GeneratedPersona, lastName: string): GeneratedPersona {
  const oldSurname = new RegExp(`(?<![\\p{L}])${escapeRegExp(persona.lastName)}(?![\\p{L}])`, "gu");
  return {
    ...persona,
    lastName,
    bio: persona.bio.replace(oldSurname, lastName),
    appearanceDescription: persona.appearanceDescription.replace(oldSurname, lastName),
  };
}

/**
 * Keeps full names unique within a batch. A model sometimes repeats a name across requests; the repeat
 * gets a new surname from the persona's locale lists (the first name often appears in the bio, the
 * surname rarely), and any mention of the old surname in its text follows along.
 */
export function claimUniquePersonaNames(personas: readonly GeneratedPersona[], names: NameAllocator): GeneratedPersona[] {
  return personas.map((persona) => {
    if (names.claim(persona)) return persona;
    const renamed = renameSurname(persona, names.nextSurname(persona, persona.firstName));
    names.claim(renamed);
    return renamed;
  });
}
