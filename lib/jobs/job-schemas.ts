import { z } from "zod";
import { pageParamsSchema } from "@/lib/pagination/page-params";
import { isUnsafeText } from "@/lib/validation/unsafe-text";

export const JOB_STATUSES = ["queued", "running", "completed", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A training set is a generation of type `training`; a batch's own generations are shown inside it. */
export const JOB_KINDS = ["generation", "training", "batch"] as const;
export type JobKind = (typeof JOB_KINDS)[number];

const optionalChoice = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z
    .enum(values, { error: `${name} must be one of: ${values.join(", ")}` })
    .optional()
    .or(z.literal("").transform(() => undefined));

/** GET /api/v1/jobs and the jobs page's URL: `?status=&kind=&projectId=&cursor=&limit=`. */
export const jobListQuerySchema = pageParamsSchema.extend({
  status: optionalChoice("status", JOB_STATUSES),
  kind: optionalChoice("kind", JOB_KINDS),
  projectId: z.string().trim().max(100, "projectId is too long").optional().or(z.literal("").transform(() => undefined)),
  cursor: z.string().trim().max(200, "cursor is too long").optional().or(z.literal("").transform(() => undefined)),
  limit: pageParamsSchema.shape.limit.default(25),
});

export type JobListQuery = z.infer<typeof jobListQuerySchema> & {
  /** Set by the jobs pages, never by REST: a cursor that is not one of this list's shows the first page instead of a 400. */
  invalidCursor?: "first-page";
};

/** The jobs page's filters from its URL: each value checked as REST checks it; a bad one is ignored, not an error. */
export function jobListQueryFromSearch(search: Record<string, string | string[] | undefined>): JobListQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const valid = Object.fromEntries(
    (["status", "kind", "projectId", "cursor"] as const).flatMap((key) => {
      const parsed = jobListQuerySchema.shape[key].safeParse(first(search[key]));
      return parsed.success && parsed.data !== undefined && !isUnsafeText(parsed.data) ? [[key, parsed.data]] : [];
    }),
  );
  return { ...jobListQuerySchema.parse(valid), invalidCursor: "first-page" };
}
