import { createNameAllocator } from "./allocate-persona-names";
import type { SeededRandom } from "./create-seeded-random";
import { EARLIER_PATHS, HOBBIES, PERSONALITY_TRAITS, VALUES } from "./data/flavour-lists";
import { LOCALE_PROFILES } from "./data/locale-profiles";
import { GENERAL_SECTOR, PERSONA_SECTORS, type PersonaSector } from "./data/sectors";
import { describePersonaAppearance } from "./describe-persona-appearance";
import { generatedPersonaSchema, type GeneratedPersona, type PersonaGenerationInput } from "./persona-generation-schemas";
import { pickVisualAttributes } from "./pick-visual-attributes";
import { createBatchRandom, planPersonaSlots } from "./plan-persona-slots";
import { writePersonaBio } from "./write-persona-bio";

const RETIRED_CLOTHING = PERSONA_SECTORS.find((sector) => sector.id === "retired")!.clothing;

/** A deck per list, so 100 personas use up a list before repeating anything from it. */
function createDeck<T>(items: readonly T[], random: SeededRandom) {
  let order: T[] = [];
  return () => {
    if (order.length === 0) order = random.shuffle(items);
    return order.pop()!;
  };
}

/**
 * Writes `count` personas without any model: names from locale lists, looks from population tendencies,
 * bios from templates filled with the brief's sectors. Deterministic for (seed, input); no shared state.
 */
export function generatePersonasOffline(input: PersonaGenerationInput, seed: number): GeneratedPersona[] {
  const random = createBatchRandom(seed, input);
  const plan = planPersonaSlots(input, random);
  const names = createNameAllocator(random);
  const { hints } = plan;
  // Roles the brief names win over a sector's full list: "nurses" means nurses, not surgeons.
  const sectors: readonly PersonaSector[] =
    hints.roles.length > 0
      ? [{ ...(hints.sectors[0] ?? GENERAL_SECTOR), id: "brief", roles: hints.roles }]
      : hints.sectors.length > 0
        ? hints.sectors
        : [GENERAL_SECTOR];
  const nextHobby = createDeck(HOBBIES, random);
  const nextRole = new Map(sectors.map((sector) => [sector.id, createDeck(sector.roles, random)]));

  return plan.slots.map((slot) => {
    const profile = LOCALE_PROFILES[slot.locale];
    const sector = random.pick(sectors);
    const { firstName, lastName } = names.next(slot);
    const attributes = pickVisualAttributes(
      {
        gender: slot.gender,
        age: slot.age,
        ethnicity: slot.ethnicity,
        complexion: profile.complexion,
        styles: sector.styles,
        athletic: sector.id === "fitness",
      },
      random,
    );
    const personalityTraits = random.sample(PERSONALITY_TRAITS, random.int(3, 5));
    const role = nextRole.get(sector.id)!();
    const detail = sector.details.length > 0 && random.chance(0.7) ? random.pick(sector.details) : undefined;
    // Someone aged 70 in a "professionals" batch has most likely retired from that job.
    const retired = sector.kind === "work" && slot.age >= 68;
    const bio = writePersonaBio(
      {
        firstName,
        age: slot.age,
        role: retired ? `retired ${role}` : role,
        detail: retired ? undefined : detail,
        city: random.pick(profile.cities),
        kind: retired ? "retired" : sector.kind,
        traits: personalityTraits,
        hobby: nextHobby(),
        value: random.pick(VALUES),
        earlierPath: random.pick(EARLIER_PATHS),
      },
      random,
    );
    // Parsing proves the generator keeps the same promises the OpenAI path is held to.
    return generatedPersonaSchema.parse({
      firstName,
      lastName,
      age: slot.age,
      gender: slot.gender,
      ethnicity: slot.ethnicity,
      locale: slot.locale,
      bio,
      personalityTraits,
      appearanceDescription: describePersonaAppearance(slot.age, attributes, random.pick(retired ? RETIRED_CLOTHING : sector.clothing), random),
      attributes,
    });
  });
}
