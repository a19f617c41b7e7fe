import type { Ethnicity } from "@/lib/avatars/persona-schemas";
import { EUROPEAN_LOCALES, PERSONA_LOCALES, type PersonaLocale } from "@/lib/personas/persona-generation-schemas";

/** Words in a brief that name where people are from, and the locales they mean. */
export const LOCALE_PATTERNS: [RegExp, readonly PersonaLocale[]][] = [
  [/\b(european|europe|eu)\b/i, EUROPEAN_LOCALES],
  [/\b(international|global|worldwide|from around the world)\b/i, PERSONA_LOCALES],
  [/\b(americans?|usa|u\.s\.a?\.?|united states|new york|californian?s?|texans?)\b/i, ["en-US"]],
  [/\b(british|brits?|uk|u\.k\.|united kingdom|england|english(wo)?men|scottish|scots|welsh|london(ers)?)\b/i, ["en-GB"]],
  [/\b(germans?|germany|berlin(ers)?|munich|hamburg)\b/i, ["de-DE"]],
  [/\b(french|france|paris(ians?)?|lyon)\b/i, ["fr-FR"]],
  [/\b(spanish|spain|spaniards?|madrid|barcelona)\b/i, ["es-ES"]],
  [/\b(italians?|italy|milan|rome|romans?)\b/i, ["it-IT"]],
  [/\b(dutch|netherlands|holland|amsterdam)\b/i, ["nl-NL"]],
  [/\b(polish|poland|poles|warsaw|krak[oó]w)\b/i, ["pl-PL"]],
  [/\b(swedish|sweden|swedes|stockholm|scandinavian|nordic)\b/i, ["sv-SE"]],
  [/\b(japanese|japan|tokyo|osaka)\b/i, ["ja-JP"]],
  [/\b(brazilians?|brazil|s[aã]o paulo|rio)\b/i, ["pt-BR"]],
  [/\b(indians?|india|mumbai|bengaluru|bangalore|delhi)\b(?! ocean)/i, ["hi-IN"]],
];

/** Colour words that usually describe clothes or backgrounds, not people. */
const NOT_PEOPLE = "(?!\\s+(hair|eyes|clothes|clothing|background|backdrop|suits?|dress(es)?|outfits?|shirts?|t-shirts?|tees?|jackets?|coats?|and\\s+white|and\\s+black))";

/** Words in a brief that name people's backgrounds, and the ethnicities they mean. */
export const ETHNICITY_PATTERNS: [RegExp, readonly Ethnicity[]][] = [
  [new RegExp(`\\b(black${NOT_PEOPLE}|african[- ]americans?|afro[- ]\\w+)\\b`, "i"), ["black"]],
  [new RegExp(`\\b(white${NOT_PEOPLE}|caucasians?)\\b`, "i"), ["white"]],
  [/\b(east asians?|chinese|koreans?|japanese|taiwanese)\b/i, ["east asian"]],
  [/\b(south asians?|indians?|pakistanis?|bangladeshis?|sri lankans?|desi)\b(?! ocean)/i, ["south asian"]],
  [/\b(southeast asians?|filipin[oa]s?|vietnamese|thai|indonesians?|malaysians?)\b/i, ["southeast asian"]],
  [/(?<!(east|south|southeast) )\basians?\b/i, ["east asian", "south asian", "southeast asian"]],
  [/\b(hispanics?|latin[oax]s?|latine|latin americans?|mexicans?|colombians?|argentin(e|ian)s?|peruvians?|chileans?)\b/i, ["hispanic"]],
  [/\b(middle eastern|arabs?|arabic|turks|turkish|persians?|iranians?|lebanese|moroccans?|egyptians?|kurdish|kurds)\b/i, ["middle eastern"]],
  [/\b(mixed[- ]race|biracial|multiracial)\b/i, ["mixed"]],
  [/\b(native americans?|indigenous|first nations)\b/i, ["native american"]],
  [/\b(pacific islanders?|polynesians?|samoans?|hawaiians?|m[aā]ori)\b/i, ["pacific islander"]],
];

/** "in their thirties" → 30. */
export const DECADES: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80 };

/** Words that are never a role when guessing one from a brief that names no sector. */
export const NOT_ROLES = new Set([
  "people", "persons", "personas", "adults", "women", "ladies", "girls", "guys", "friends", "families", "parents", "customers",
  "users", "years", "ages", "looks", "faces", "characters", "avatars", "profiles", "kinds", "types", "backgrounds", "various",
  "professionals", "citizens", "locals", "residents", "individuals", "couples", "others", "countries", "cities", "towns",
]);
