import { z } from "zod";

/** Prompts compare and store with single spaces, so "at  dusk" and "at dusk" are one prompt. */
export function normalizePromptText(text: string) {
  return text.replace(/\s+/g, " ").trim();
}

/** The key two prompts are duplicates under: case does not make a different scene. */
export function promptKey(text: string) {
  return normalizePromptText(text).toLowerCase();
}

export const trainingPromptTextSchema = z
  .string({ error: "Prompt is required" })
  .transform(normalizePromptText)
  .pipe(z.string().min(1, "Prompt is required").max(300, "Prompt must be at most 300 characters"));

export const trainingPromptInputSchema = z.strictObject({ text: trainingPromptTextSchema });

export type TrainingPromptInput = z.infer<typeof trainingPromptInputSchema>;

/** How many prompts of its own a project may keep; with the defaults this stays one reasonable training run. */
export const MAX_PROJECT_PROMPTS = 50;
