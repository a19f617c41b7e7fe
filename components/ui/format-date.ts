const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Dates render the same on server and client (UTC), so hydration never disagrees. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return `${dateFormat.format(new Date(value))} UTC`;
}
