import { z } from "zod";
import { pageParamsSchema } from "@/lib/pagination/page-params";

/** The seed statuses the grid filters by (the avatar's baseImageStatus). */
export const AVATAR_SEED_STATUSES = ["pending_upload", "draft", "approved", "rejected"] as const;
export type AvatarSeedStatus = (typeof AVATAR_SEED_STATUSES)[number];

export const AVATAR_SORTS = ["newest", "oldest", "name"] as const;
export type AvatarSort = (typeof AVATAR_SORTS)[number];

/** An empty field (a form's "Any status") is no filter at all. */
const blankAsAbsent = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === "" ? undefined : value), schema);

/** What narrows the grid: the same filter picks a page, counts "all N matching" and feeds bulk actions. */
export const avatarFilterSchema = z.object({
  q: blankAsAbsent(z.string().trim().max(100, "q must be at most 100 characters").optional()),
  status: blankAsAbsent(z.enum(AVATAR_SEED_STATUSES, { error: `status must be one of: ${AVATAR_SEED_STATUSES.join(", ")}` }).optional()),
  batchId: blankAsAbsent(z.string().trim().max(100, "batchId is too long").optional()),
});

export type AvatarFilter = z.infer<typeof avatarFilterSchema>;

/** GET /api/v1/projects/:projectId/avatars and the project page's URL: `?q=&status=&batchId=&sort=&cursor=&limit=`. */
export const avatarListQuerySchema = pageParamsSchema
  .extend({
    ...avatarFilterSchema.shape,
    sort: blankAsAbsent(z.enum(AVATAR_SORTS, { error: `sort must be one of: ${AVATAR_SORTS.join(", ")}` }).default("newest")),
    cursor: blankAsAbsent(pageParamsSchema.shape.cursor),
  })
  .strict();

export type AvatarListQuery = z.infer<typeof avatarListQuerySchema>;

/** The project page's query from its URL: each value checked as REST checks it; a bad one is ignored, not an error. */
export function avatarListQueryFromSearch(search: Record<string, string | string[] | undefined>, limit: number): AvatarListQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const valid = Object.fromEntries(
    (["q", "status", "batchId", "sort", "cursor"] as const).flatMap((key) => {
      const parsed = avatarListQuerySchema.shape[key].safeParse(first(search[key]));
      return parsed.success && parsed.data !== undefined ? [[key, parsed.data]] : [];
    }),
  );
  return avatarListQuerySchema.parse({ ...valid, limit });
}
