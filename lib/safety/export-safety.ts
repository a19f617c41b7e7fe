import { isFlaggedSafety } from "./safety-view";

/** The file that says, inside an export archive, what was left out and why. */
export const EXPLICIT_NOTE_PATH = "README.txt";

/** The one export rule: flagged images stay out unless the project allows explicit content. */
export function keepExportable<T extends { safety?: unknown }>(images: readonly T[], allowExplicit: boolean): { kept: T[]; leftOut: number } {
  if (allowExplicit) return { kept: [...images], leftOut: 0 };
  const kept = images.filter((image) => !isFlaggedSafety(image.safety));
  return { kept, leftOut: images.length - kept.length };
}

/** The README text of an archive that left images out; null when none was. */
export function explicitLeftOutNote(leftOut: number): string | null {
  if (leftOut <= 0) return null;
  const images = leftOut === 1 ? "1 image was" : `${leftOut} images were`;
  return `${images} left out of this export: classified as explicit content, which this project does not allow.\nAllow explicit content in the project's settings (allowExplicit) to include them.\n`;
}
