/** A wait in words, rounded up: "45 seconds", "1 minute", "60 minutes", "2 hours". */
export function describeWait(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (ms < 60_000) return plural(Math.max(1, Math.ceil(ms / 1000)), "second");
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 90) return plural(minutes, "minute");
  return plural(Math.ceil(ms / 3_600_000), "hour");
}

/** A limit as an adjective: "5-minute", "30-second", "2-hour". */
export function describeLimit(ms: number): string {
  return describeWait(ms).replace(/s$/, "").replace(" ", "-");
}
