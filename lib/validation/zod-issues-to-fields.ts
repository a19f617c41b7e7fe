import type { z } from "zod";

/**
 * A zod error as messages per field ("persona.age": [...]), the shape forms show beside their fields
 * and REST returns as `details`. An issue about the whole value goes under `rootKey`.
 */
export function zodIssuesToFields(error: z.ZodError, rootKey = "form"): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || rootKey;
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
