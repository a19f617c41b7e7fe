import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";

/** Every JSON error: `{ error, code, details? }`, the status following from the code. */
export const errorBodySchema = z
  .object({
    error: z.string().meta({ description: "What happened and what to do, written for people" }),
    code: z.enum(ERROR_CODES).meta({ description: "Stable machine-readable code (see lib/errors.ts)" }),
    details: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Field name → its messages (invalid_input)" }),
  })
  .meta({ example: { error: "Project not found", code: "not_found" } });

export const timestamp = () => z.iso.datetime();

/** A cursor page's next cursor: null on the last page. */
export const nextCursor = z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" });

/** A response body with one key holding an object of the named shape (fields beyond those listed may appear). */
export const keyed = <T extends z.ZodType>(key: string, schema: T) => z.object({ [key]: schema });

export const noContent = { description: "Done; no body" } as const;
