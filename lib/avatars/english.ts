/* English phrasing shared by image prompts (lib/avatars) and persona text (lib/personas). */

/**
 * `phrase` with "a" or "an" in front, chosen by how its first word sounds, not how it is spelt:
 * "an engineer", "a UX designer", "an HR manager", "a university lecturer", "an hour", "an auburn afro",
 * "an 18-year-old", "an 80-year-old", "a 100-year-old".
 */
export function withArticle(phrase: string) {
  return `${startsWithVowelSound(phrase) ? "an" : "a"} ${phrase}`;
}

/** The text with its first letter in capitals, to start a sentence: "An 18-year-old…". */
export function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Letters whose names start with a vowel sound: "an F", "an HR manager", "an MBA", "an SEO specialist". */
const VOWEL_SOUND_LETTERS = new Set("AEFHILMNORSX");

function startsWithVowelSound(phrase: string) {
  // Numbers as spoken: eight, eighty-…, eight hundred…, eleven, eighteen.
  const number = phrase.match(/^\d+/)?.[0];
  if (number) return number.startsWith("8") || number === "11" || number === "18";
  // Up to three capitals are read letter by letter (HR, SEO, UX, X-ray); longer ones are usually words (NASA).
  const initialism = phrase.match(/^[A-Z]{1,3}(?![A-Za-z])/)?.[0];
  if (initialism) return VOWEL_SOUND_LETTERS.has(initialism[0]);
  // A "u" said "you", "eu", "one": consonant sounds. A silent "h": a vowel sound.
  if (/^(uni|use|usu|ux|eu|one)/i.test(phrase)) return false;
  if (/^(hour|honest|honou?r|heir)/i.test(phrase)) return true;
  return /^[aeiou]/i.test(phrase);
}
