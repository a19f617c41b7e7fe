import { z } from "zod";

export const MAX_RECORD_ID_LENGTH = 100;

/**
 * The id of a row, as a form's hidden field or a URL carries it: a non-empty, bounded string. `what`
 * names the record in the message ("Project is required").
 */
export function recordIdSchema(what: string) {
  return z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(MAX_RECORD_ID_LENGTH, `${what} id is too long`);
}
