import type { Ethnicity, Gender } from "@/lib/avatars/persona-schemas";
import { createSeededRandom, hashSeed, type SeededRandom } from "./create-seeded-random";
import { LOCALE_PROFILES } from "./data/locale-profiles";
import { parsePersonaBrief, type BriefHints } from "./parse-persona-brief";
import { DEFAULT_PERSONA_LOCALE, MAX_PERSONA_AGE, MIN_PERSONA_AGE, type GenderMix, type PersonaGenerationInput, type PersonaLocale } from "./persona-generation-schemas";

/** Who one persona of the batch will be, decided before any names or text. Both generators follow it. */
export interface PersonaSlot {
  index: number;
  gender: Gender;
  locale: PersonaLocale;
  ethnicity: Ethnicity;
  age: number;
  ageMin: number;
  ageMax: number;
}

export interface PersonaPlan {
  hints: BriefHints;
  ages: { min: number; max: number };
  slots: PersonaSlot[];
}

const DEFAULT_AGES = { min: 21, max: 65 };

/** The random stream for a batch: the same seed and inputs always give the same people. */
export function createBatchRandom(seed: number, input: PersonaGenerationInput): SeededRandom {
  const { genderMix, ageMin, ageMax, locale } = input.constraints ?? {};
  const constraints = [genderMix, ageMin, ageMax, locale].map((value) => value ?? "").join("|");
  return createSeededRandom(hashSeed(seed, input.count, input.brief?.trim() ?? "", constraints));
}

/** Explicit constraints win over the brief; a lone bound gets a sensible partner. */
export function resolveAgeRange(input: PersonaGenerationInput, hints: BriefHints): { min: number; max: number } {
  const { ageMin, ageMax } = input.constraints ?? {};
  if (ageMin !== undefined && ageMax !== undefined) return { min: ageMin, max: ageMax };
  if (ageMin !== undefined) return { min: ageMin, max: Math.min(MAX_PERSONA_AGE, Math.max(DEFAULT_AGES.max, ageMin + 10)) };
  if (ageMax !== undefined) return { min: Math.max(MIN_PERSONA_AGE, Math.min(DEFAULT_AGES.min, ageMax)), max: ageMax };
  if (hints.ages) return hints.ages;
  const sectorAges = hints.sectors.find((sector) => sector.ages)?.ages;
  return sectorAges ? { min: sectorAges[0], max: sectorAges[1] } : DEFAULT_AGES;
}

function resolveGenderMix(input: PersonaGenerationInput, hints: BriefHints): GenderMix {
  return input.constraints?.genderMix ?? hints.gender ?? "any";
}

/** Exact shares where the mix names one, shuffled so the order says nothing. */
function planGenders(mix: GenderMix, count: number, random: SeededRandom): Gender[] {
  const repeat = (gender: Gender, n: number) => Array.from({ length: n }, () => gender);
  const split = (femaleShare: number, nonBinary = 0) => {
    const female = Math.round((count - nonBinary) * femaleShare + (random.next() - 0.5) * ((count - nonBinary) % 2));
    return random.shuffle([...repeat("female", female), ...repeat("male", count - nonBinary - female), ...repeat("non-binary", nonBinary)]);
  };
  switch (mix) {
    case "female":
    case "male":
    case "non-binary":
      return repeat(mix, count);
    case "balanced":
      return split(0.5);
    case "mostly-female":
      return split(0.75);
    case "mostly-male":
      return split(0.25);
    case "inclusive":
      return split(0.5, Math.max(count >= 3 ? 1 : 0, Math.round(count / 10)));
    case "any":
      return Array.from({ length: count }, () => (random.chance(0.5) ? "female" : "male"));
  }
}

/** Spreads personas evenly over several locales ("European") instead of leaving it to chance. */
function planLocales(locales: readonly PersonaLocale[], count: number, random: SeededRandom): PersonaLocale[] {
  if (locales.length === 1) return Array.from({ length: count }, () => locales[0]);
  const deck: PersonaLocale[] = [];
  while (deck.length < count) deck.push(...random.shuffle(locales));
  return random.shuffle(deck.slice(0, count));
}

function pickEthnicity(locale: PersonaLocale, hints: BriefHints, random: SeededRandom): Ethnicity {
  const groups = LOCALE_PROFILES[locale].groups;
  if (hints.ethnicities.length > 0) {
    // Prefer the locale's own communities when the brief asks for one of them; otherwise honour the brief.
    const local = groups.filter((group) => hints.ethnicities.includes(group.ethnicity));
    if (local.length > 0) return random.pickWeighted(local.map((group) => [group.ethnicity, group.weight] as const));
    return random.pick(hints.ethnicities);
  }
  // "Diverse" flattens the weights so minorities show up more often without erasing the majority.
  const weight = (w: number) => (hints.diverse ? Math.sqrt(w) : w);
  return random.pickWeighted(groups.map((group) => [group.ethnicity, weight(group.weight)] as const));
}

export function planPersonaSlots(input: PersonaGenerationInput, random: SeededRandom): PersonaPlan {
  const hints = parsePersonaBrief(input.brief);
  const ages = resolveAgeRange(input, hints);
  const locales = input.constraints?.locale ? [input.constraints.locale] : hints.locales.length > 0 ? hints.locales : [DEFAULT_PERSONA_LOCALE];
  const genders = planGenders(resolveGenderMix(input, hints), input.count, random);
  const slotLocales = planLocales(locales, input.count, random);
  const slots = genders.map((gender, index): PersonaSlot => {
    const locale = slotLocales[index];
    return {
      index,
      gender,
      locale,
      ethnicity: pickEthnicity(locale, hints, random),
      age: random.int(ages.min, ages.max),
      ageMin: ages.min,
      ageMax: ages.max,
    };
  });
  return { hints, ages, slots };
}
