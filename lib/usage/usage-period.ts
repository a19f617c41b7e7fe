import { z } from "zod";

export interface UsagePeriod {
  /** "2026-12" */
  month: string;
  start: Date;
  /** Exclusive: the first instant of the next month. */
  end: Date;
}

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Give a month as YYYY-MM, e.g. 2026-12");

/** The calendar month (UTC) holding `at`, or the month named "YYYY-MM". Quotas and usage count per such month. */
export function usagePeriod(at: Date | string = new Date()): UsagePeriod {
  const [year, monthIndex] =
    typeof at === "string" ? [Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1] : [at.getUTCFullYear(), at.getUTCMonth()];
  const start = new Date(Date.UTC(year, monthIndex, 1));
  const end = new Date(Date.UTC(year, monthIndex + 1, 1));
  return { month: start.toISOString().slice(0, 7), start, end };
}

/** GET /api/v1/usage: `?month=YYYY-MM` (default: this month). */
export const usageQuerySchema = z.strictObject({ month: monthSchema.optional() });
