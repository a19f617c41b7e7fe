import { z } from "zod";
import { slugifyExportName } from "@/lib/batches/export/slugify-export-name";

/*
 * The word a LoRA learns to stand for this person: captions start with it and the trainer's config names
 * it. Each avatar may set its own; until then it is made from the name ("Zoë Müller" → "zoemuller").
 */

export const triggerWordSchema = z
  .string({ error: "Trigger word must be text" })
  .trim()
  .min(2, "Trigger word must be at least 2 characters")
  .max(40, "Trigger word must be at most 40 characters")
  .regex(/^[\p{L}\p{N}_-]+$/u, "Trigger word must be one word: letters, digits, _ or -");

export function defaultTriggerWord(name: string) {
  const word = slugifyExportName(name, 40).replaceAll("-", "");
  return word.length >= 2 ? word : `person${word}`;
}

export function effectiveTriggerWord(avatar: { name: string; triggerWord: string | null }) {
  return avatar.triggerWord ?? defaultTriggerWord(avatar.name);
}
