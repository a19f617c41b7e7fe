import type { Ethnicity } from "@/lib/avatars/persona-schemas";
import { DECADES, ETHNICITY_PATTERNS, LOCALE_PATTERNS, NOT_ROLES } from "./data/brief-patterns";
import { GENERAL_SECTOR, PERSONA_SECTORS, type PersonaSector } from "./data/sectors";
import { MAX_PERSONA_AGE, MIN_PERSONA_AGE, PERSONA_LOCALES, type PersonaLocale } from "./persona-generation-schemas";

/** What a free-text brief says about the people, as far as simple patterns can tell. */
export interface BriefHints {
  ages?: { min: number; max: number };
  locales: PersonaLocale[];
  gender?: "female" | "male" | "non-binary" | "balanced";
  ethnicities: Ethnicity[];
  /** "diverse", "multicultural": spread personas across a locale's communities. */
  diverse: boolean;
  sectors: PersonaSector[];
  /** Roles the brief names ("nurses" → "nurse"), or one guessed when no sector fits ("beekeepers" → "beekeeper"). */
  roles: string[];
}

const clampAge = (age: number) => Math.min(MAX_PERSONA_AGE, Math.max(MIN_PERSONA_AGE, age));

function orderedAges(a: number, b: number) {
  const [min, max] = a <= b ? [a, b] : [b, a];
  return { min: clampAge(min), max: clampAge(max) };
}

export function parseBriefAges(brief: string): { min: number; max: number } | undefined {
  const range = brief.match(/\b(aged?\s+|ages\s+|between\s+)?(\d{2})\s*(?:-|–|—|to|and)\s*(\d{2})\b(?!\s*%)/i);
  // Without "aged", two small numbers ("10 to 12 looks") are not ages.
  if (range && (range[1] || (Number(range[2]) >= 15 && Number(range[3]) >= 15))) return orderedAges(Number(range[2]), Number(range[3]));

  const decades = [...brief.matchAll(/\b(?:in\s+(?:their|his|her)\s+)?(early|mid|late)?[- ]?(\d)0'?s\b|\b(early|mid|late)?[- ]?(twenties|thirties|forties|fifties|sixties|seventies|eighties)\b/gi)]
    .map((m) => {
      const part = (m[1] ?? m[3])?.toLowerCase();
      const decade = m[2] ? Number(m[2]) * 10 : DECADES[m[4].toLowerCase()];
      if (decade < 20) return undefined;
      if (part === "early") return [decade, decade + 3];
      if (part === "mid") return [decade + 3, decade + 6];
      if (part === "late") return [decade + 6, decade + 9];
      return [decade, decade + 9];
    })
    .filter((value): value is number[] => value !== undefined);
  if (decades.length > 0) return orderedAges(Math.min(...decades.map((d) => d[0])), Math.max(...decades.map((d) => d[1])));

  const over = brief.match(/\b(?:over|above|older than|at least)\s+(\d{2})\b|\b(\d{2})\s*\+/i);
  if (over) {
    const min = Number(over[1] ?? over[2]);
    return orderedAges(min, Math.min(MAX_PERSONA_AGE, min + 30));
  }
  const under = brief.match(/\b(?:under|below|younger than)\s+(\d{2})\b/i);
  if (under) return orderedAges(MIN_PERSONA_AGE, Number(under[1]) - 1);

  if (/\bmiddle[- ]aged\b/i.test(brief)) return { min: 40, max: 60 };
  if (/\b(young|gen[- ]?z)\b/i.test(brief)) return { min: 20, max: 32 };
  if (/\b(elderly|older adults|seniors|pensioners|retirees)\b/i.test(brief)) return { min: 62, max: 85 };
  return undefined;
}

function parseGender(brief: string): BriefHints["gender"] {
  if (/\bnon[- ]?binary\b/i.test(brief)) return "non-binary";
  const female = /\b(women|woman|female|females|ladies|girls|mothers|moms|mums|businesswomen)\b/i.test(brief);
  const male = /\b(men|man|male|males|guys|fathers|dads|gentlemen|businessmen)\b/i.test(brief);
  if (female && male) return "balanced";
  if (female) return "female";
  if (male) return "male";
  return undefined;
}

/**
 * Turns the first plural noun that names people ("beekeepers") into a role ("beekeeper"). Words a sector
 * already covers ("engineers", "designers") are skipped, so those briefs keep the sector's varied roles.
 */
function guessRole(brief: string): string | undefined {
  const stripped = [...LOCALE_PATTERNS, ...ETHNICITY_PATTERNS].reduce((text, [pattern]) => text.replace(new RegExp(pattern.source, "gi"), " "), brief);
  for (const word of stripped.toLowerCase().match(/[a-z][a-z-]{3,}s\b/g) ?? []) {
    if (NOT_ROLES.has(word) || PERSONA_SECTORS.some((sector) => sector.match.test(word))) continue;
    if (/(ers|ors|ists|ians|ants|eurs|ees)$/.test(word)) return word.slice(0, -1);
  }
  return undefined;
}

export function parsePersonaBrief(brief: string | undefined): BriefHints {
  const text = brief?.trim() ?? "";
  if (!text) return { locales: [], ethnicities: [], diverse: false, sectors: [], roles: [] };
  const locales = new Set<PersonaLocale>();
  for (const [pattern, matched] of LOCALE_PATTERNS) if (pattern.test(text)) matched.forEach((locale) => locales.add(locale));
  const ethnicities = new Set<Ethnicity>();
  for (const [pattern, matched] of ETHNICITY_PATTERNS) if (pattern.test(text)) matched.forEach((e) => ethnicities.add(e));
  const sectors = PERSONA_SECTORS.filter((sector) => sector.match.test(text));
  const namedRoles = [...new Set([...sectors, GENERAL_SECTOR].flatMap((sector) => sector.roles))].filter((role) =>
    new RegExp(`\\b${role.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`, "i").test(text),
  );
  const guessed = namedRoles.length === 0 ? guessRole(text) : undefined;
  return {
    ages: parseBriefAges(text),
    locales: PERSONA_LOCALES.filter((locale) => locales.has(locale)),
    gender: parseGender(text),
    ethnicities: [...ethnicities],
    diverse: /\b(diverse|diversity|multicultural|multi-?ethnic|mixed backgrounds)\b/i.test(text),
    sectors,
    roles: guessed ? [guessed] : namedRoles,
  };
}
