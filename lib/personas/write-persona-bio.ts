import { capitalize, withArticle } from "@/lib/avatars/english";
import type { SeededRandom } from "./create-seeded-random";
import type { PersonaSector } from "./data/sectors";

export interface BioFacts {
  firstName: string;
  age: number;
  role: string;
  /** "building payment APIs"; optional because a guessed role has none. */
  detail?: string;
  city: string;
  kind: PersonaSector["kind"];
  traits: readonly string[];
  hobby: string;
  value: string;
  earlierPath: string;
}

// Bios never use pronouns, so one template fits women, men and non-binary people alike.
const WORK_TEMPLATES: ((f: BioFacts, years: string) => string)[] = [
  (f, years) =>
    `${f.firstName} is ${withArticle(f.role)} in ${f.city} with ${years} of experience${f.detail ? `, currently ${f.detail}` : ""}. ` +
    `Known among colleagues as ${f.traits[0]} and ${f.traits[1]}, ${f.firstName} spends free time ${f.hobby}.`,
  (f, years) =>
    `${capitalize(withArticle(f.role))} based in ${f.city}, ${f.firstName} has spent ${years} ${f.detail ?? "learning the trade"}. ` +
    `${capitalize(f.traits[0])}, ${f.traits[1]} and ${f.traits[2]}; weekends are for ${f.hobby}.`,
  (f, years) =>
    `After ${f.earlierPath}, ${f.firstName} became ${withArticle(f.role)} and has been at it for ${years}. ` +
    `Lives in ${f.city}, cares about ${f.value}, and is happiest ${f.hobby}.`,
  (f) =>
    `${f.firstName} works as ${withArticle(f.role)} in ${f.city}${f.detail ? ` and is ${f.detail}` : ""}. ` +
    `Friends describe ${f.firstName} as ${f.traits[0]}, ${f.traits[1]} and ${f.traits[2]}. Off the clock: ${f.hobby}.`,
  (f, years) =>
    `${capitalize(years)} into a career as ${withArticle(f.role)}, ${f.firstName} still gets excited about ${f.value}. ` +
    `Based in ${f.city}; ${f.traits[0]} at work, ${f.traits[1]} at home, and often found ${f.hobby}.`,
];

const STUDY_TEMPLATES: ((f: BioFacts) => string)[] = [
  (f) =>
    `${f.firstName} is ${withArticle(f.role)} in ${f.city}${f.detail ? `, currently ${f.detail}` : ""}. ` +
    `${capitalize(f.traits[0])} and ${f.traits[1]}, ${f.firstName} balances lectures with ${f.hobby}.`,
  (f) =>
    `${capitalize(withArticle(f.role))} in ${f.city} who cares about ${f.value}. ` +
    `${f.firstName} is ${f.traits[0]} and ${f.traits[1]}, and spends most free evenings ${f.hobby}.`,
  (f) =>
    `After ${f.earlierPath}, ${f.firstName} enrolled as ${withArticle(f.role)} in ${f.city}. ` +
    `Classmates call ${f.firstName} ${f.traits[0]} and ${f.traits[1]}; weekends are for ${f.hobby}.`,
];

const RETIRED_TEMPLATES: ((f: BioFacts) => string)[] = [
  (f) =>
    `${f.firstName} is ${withArticle(f.role)} living in ${f.city}${f.detail ? ` and ${f.detail}` : ""}. ` +
    `${capitalize(f.traits[0])} and ${f.traits[1]}, ${f.firstName} fills the days ${f.hobby}.`,
  (f) =>
    `At ${f.age}, ${f.firstName}, ${withArticle(f.role)} from ${f.city}, still believes in ${f.value}. ` +
    `Neighbours know ${f.firstName} as ${f.traits[0]} and ${f.traits[1]}, and usually out ${f.hobby}.`,
];

/** A short third-person bio, two sentences, built from the persona's facts. */
export function writePersonaBio(facts: BioFacts, random: SeededRandom): string {
  if (facts.kind === "study") return random.pick(STUDY_TEMPLATES)(facts);
  if (facts.kind === "retired") return random.pick(RETIRED_TEMPLATES)(facts);
  // Experience never starts before 18 and rarely runs past 45 years.
  const years = random.int(1, Math.max(1, Math.min(45, facts.age - 21)));
  return random.pick(WORK_TEMPLATES)(facts, years === 1 ? "one year" : `${years} years`);
}
