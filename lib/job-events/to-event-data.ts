/** A view as it reads in JSON (dates as ISO strings), the shape an event stores and sends. */
export function toEventData(view: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(view)) as Record<string, unknown>;
}
