import type { Ethnicity, Gender } from "@/lib/avatars/persona-schemas";
import type { SeededRandom } from "./create-seeded-random";
import { LOCALE_PROFILES } from "./data/locale-profiles";
import { FALLBACK_NAME_GROUPS } from "./data/name-groups";
import type { PersonaLocale } from "./persona-generation-schemas";

export interface NameRequest {
  locale: PersonaLocale;
  gender: Gender;
  ethnicity: Ethnicity;
}

export interface PersonaName {
  firstName: string;
  lastName: string;
}

export interface NameAllocator {
  /** A name that fits the request and no earlier name in this batch. */
  next(request: NameRequest): PersonaName;
  /** A new surname for `firstName` that fits the request and keeps the full name unique. */
  nextSurname(request: NameRequest, firstName: string): string;
  /** Marks a name from elsewhere (a model) as taken; false if it already was. */
  claim(name: PersonaName): boolean;
  isTaken(name: PersonaName): boolean;
}

/** "Zoë Müller" and "zoe muller" are the same person in a list, a CSV and a folder name. */
export function nameKey(name: PersonaName) {
  return `${name.firstName} ${name.lastName}`
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/gi, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function nameListsFor({ locale, gender, ethnicity }: NameRequest) {
  const profile = LOCALE_PROFILES[locale];
  const group = profile.groups.find((g) => g.ethnicity === ethnicity) ?? FALLBACK_NAME_GROUPS[ethnicity];
  const female = group?.female ?? profile.female;
  const male = group?.male ?? profile.male;
  const ownFirstNames = Boolean(group?.female || group?.male);
  const firstNames =
    gender === "female" ? female : gender === "male" ? male : !ownFirstNames && profile.unisex ? profile.unisex : [...female, ...male];
  const surnames = group?.surnames ?? profile.surnames;
  // Polish women take the feminine form; a non-binary person keeps the base form.
  const inflect = gender === "female" && !group?.surnames && profile.feminineSurname ? profile.feminineSurname : (s: string) => s;
  return { firstNames, surnames, inflect, groupKey: `${locale}/${group?.ethnicity ?? "base"}` };
}

/**
 * Hands out names from shuffled decks, so a list is used up before any name repeats; that keeps 100
 * personas from one locale varied while staying deterministic for the random source.
 */
export function createNameAllocator(random: SeededRandom): NameAllocator {
  const taken = new Set<string>();
  const decks = new Map<string, { items: readonly string[]; order: string[] }>();

  const draw = (key: string, items: readonly string[]) => {
    let deck = decks.get(key);
    if (!deck) decks.set(key, (deck = { items, order: [] }));
    if (deck.order.length === 0) deck.order = random.shuffle(items);
    return deck.order.pop()!;
  };

  const isTaken = (name: PersonaName) => taken.has(nameKey(name));
  const claim = (name: PersonaName) => {
    const key = nameKey(name);
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };

  const nextSurname = (request: NameRequest, firstName: string) => {
    const { surnames, inflect, groupKey } = nameListsFor(request);
    for (let attempt = 0; attempt < surnames.length; attempt++) {
      const lastName = inflect(draw(`${groupKey}/surnames`, surnames));
      if (!isTaken({ firstName, lastName })) return lastName;
    }
    // Every surname is taken with this first name; a hyphenated double surname is still a real-looking name.
    for (let attempt = 0; attempt < surnames.length * 2; attempt++) {
      const first = inflect(draw(`${groupKey}/surnames`, surnames));
      const second = inflect(draw(`${groupKey}/surnames`, surnames));
      const lastName = `${first}-${second}`;
      if (first !== second && !isTaken({ firstName, lastName })) return lastName;
    }
    throw new Error(`Could not find a unique surname for ${firstName} in ${request.locale}`);
  };

  return {
    next(request) {
      const { firstNames, groupKey } = nameListsFor(request);
      const deckKey = `${groupKey}/${request.gender}`;
      let firstName = draw(deckKey, firstNames);
      for (let attempt = 0; attempt < firstNames.length; attempt++) {
        const { surnames, inflect } = nameListsFor(request);
        // A few tries per first name keeps surnames varied; the deck guarantees a fresh surname each time.
        for (let tries = 0; tries < Math.min(5, surnames.length); tries++) {
          const lastName = inflect(draw(`${groupKey}/surnames`, surnames));
          if (claim({ firstName, lastName })) return { firstName, lastName };
        }
        firstName = draw(deckKey, firstNames);
      }
      const lastName = nextSurname(request, firstName);
      claim({ firstName, lastName });
      return { firstName, lastName };
    },
    nextSurname,
    claim,
    isTaken,
  };
}
