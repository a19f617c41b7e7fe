import { Cron } from "croner";

/** Whether `timezone` is an IANA time zone this runtime knows ("UTC" included). */
export function isKnownTimezone(timezone: string) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Why a cron pattern cannot be read (null when it can): 5 fields, or 6 with leading seconds. */
export function cronPatternProblem(cron: string): string | null {
  const fields = cron.trim().split(/\s+/);
  if (fields.length < 5 || fields.length > 6) return "Use 5 fields (minute hour day month weekday), e.g. 0 2 * * * for every night at 02:00";
  try {
    new Cron(cron, { timezone: "UTC", paused: true, mode: "5-or-6-parts" }).nextRun();
    return null;
  } catch (error) {
    return `Not a cron pattern: ${(error as Error).message.replace(/^CronPattern:\s*/, "")}`;
  }
}

/** The schedule's first tick strictly after `after`, in its time zone (null if the pattern never matches again). */
export function nextScheduleTick(cron: string, timezone: string, after: Date): Date | null {
  return new Cron(cron, { timezone, paused: true, mode: "5-or-6-parts" }).nextRun(after) ?? null;
}

/** The time zones a schedule may use, UTC first (the form's select). */
export function scheduleTimezones(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}
