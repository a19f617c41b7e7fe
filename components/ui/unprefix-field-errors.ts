/** Field errors of a schema nested under `prefix` (e.g. "input.persona.age"), keyed as the form's fields ("persona.age"). */
export function unprefixFieldErrors(errors: Record<string, string[]> | undefined, prefix = "input.") {
  return errors && Object.fromEntries(Object.entries(errors).map(([key, value]) => [key.startsWith(prefix) ? key.slice(prefix.length) : key, value]));
}
