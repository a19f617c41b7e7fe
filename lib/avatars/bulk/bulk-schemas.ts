import { z } from "zod";
import { avatarFilterSchema } from "@/lib/avatars/avatar-list-query";
import { MAX_RECORD_ID_LENGTH } from "@/lib/validation/record-id";

export const BULK_ACTIONS = ["generate-base", "approve", "variations", "training-set", "delete"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** At most this many ids in one request; "all-missing-base" and a filter are done in chunks of the same size. */
export const MAX_BULK_IDS = 500;
export const ALL_MISSING_BASE = "all-missing-base";

const bulkActionSchema = z.enum(BULK_ACTIONS, { error: `action must be one of: ${BULK_ACTIONS.join(", ")}` });

const avatarIdsSchema = z
  .array(z.string({ error: "avatarIds must be persona ids" }).trim().min(1, "avatarIds must not hold an empty id").max(MAX_RECORD_ID_LENGTH, "avatarIds holds an id that is too long"), {
    error: `avatarIds must be a list of 1–${MAX_BULK_IDS} persona ids or "${ALL_MISSING_BASE}"`,
  })
  .min(1, `avatarIds must hold 1–${MAX_BULK_IDS} ids`)
  .max(MAX_BULK_IDS, `avatarIds must hold 1–${MAX_BULK_IDS} ids`);

/** A list of ids, or "all-missing-base"; a list's own problem (empty, too long) is what the error says. */
const idsOrAllMissingBase = z.unknown().transform((value, ctx): string[] | typeof ALL_MISSING_BASE => {
  if (value === ALL_MISSING_BASE) return ALL_MISSING_BASE;
  const parsed = avatarIdsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});

/** POST /api/v1/projects/:projectId/avatars/bulk. */
export const bulkRequestSchema = z
  .object({
    action: bulkActionSchema,
    avatarIds: idsOrAllMissingBase,
  })
  .strict();

export type BulkRequest = z.infer<typeof bulkRequestSchema>;

/** Which personas a bulk action is for: listed ids, every one without a base image, or all matching the grid's filter. */
export type BulkTargets = string[] | typeof ALL_MISSING_BASE | { filter: z.infer<typeof avatarFilterSchema> };

/**
 * The grid's bulk form: the action, and either the checked ids (a JSON list) or "all matching" with
 * the grid's filter fields.
 */
export const bulkFormSchema = z
  .object({
    projectId: z.string().trim().min(1, "Project is required").max(MAX_RECORD_ID_LENGTH),
    action: bulkActionSchema,
    avatarIds: z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (!text) return undefined;
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: "avatarIds must be a JSON list" });
          return z.NEVER;
        }
      })
      .pipe(idsOrAllMissingBase.optional()),
    allMatching: z.literal("1").optional(),
    ...avatarFilterSchema.shape,
  })
  .strict()
  .refine((form) => form.avatarIds || form.allMatching, { message: "Select at least one persona", path: ["avatarIds"] });

export interface BulkSkip {
  id: string;
  reason: string;
}

export interface BulkResult {
  accepted: string[];
  skipped: BulkSkip[];
}
