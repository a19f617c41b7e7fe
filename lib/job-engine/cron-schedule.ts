import { Cron } from "croner";

/** A cron trigger that cannot be read: thrown when the driver starts, as for an unsupported expression. */
export class InvalidCronError extends Error {
  constructor(expression: string, why: string) {
    super(`The cron trigger "${expression}" cannot be read (${why})`);
    this.name = "InvalidCronError";
  }
}

export interface CronSchedule {
  /** The trigger as declared, e.g. "TZ=Europe/Paris 0 2 * * *". */
  expression: string;
  /** The latest tick at or before `now`, if the pattern ever matched before it. */
  latestTick(now: Date): Date | undefined;
  /** The first tick after `now`. */
  nextTick(now: Date): Date | undefined;
}

/**
 * Reads Inngest's cron syntax: a 5-field pattern (a 6th, leading seconds field is accepted too), with an
 * optional `TZ=<IANA zone> ` prefix; without it the pattern is in UTC, as on Inngest.
 */
export function parseCronSchedule(expression: string): CronSchedule {
  const match = /^\s*(?:TZ=(\S+)\s+)?(.+?)\s*$/.exec(expression);
  const [, timezone = "UTC", pattern = ""] = match ?? [];
  let cron: Cron;
  try {
    cron = new Cron(pattern, { timezone, paused: true, mode: "5-or-6-parts" });
    cron.nextRun();
  } catch (error) {
    throw new InvalidCronError(expression, error instanceof Error ? error.message : String(error));
  }
  return {
    expression,
    latestTick: (now) => {
      // previousRuns looks strictly before its date (to the second): a tick exactly at `now` counts as due.
      const [justAfter] = cron.previousRuns(1, new Date(now.getTime() + 1000));
      return justAfter && justAfter <= now ? justAfter : (cron.previousRuns(1, now)[0] ?? undefined);
    },
    nextTick: (now) => cron.nextRun(now) ?? undefined,
  };
}
