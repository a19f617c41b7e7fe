import type { Ethnicity } from "./persona-schemas";

/** How an ethnicity reads inside a sentence or a prompt ("an East Asian woman"). */
export const ETHNICITY_WORDS: Record<Ethnicity, string> = {
  black: "Black",
  "east asian": "East Asian",
  hispanic: "Hispanic",
  "middle eastern": "Middle Eastern",
  "native american": "Native American",
  "pacific islander": "Pacific Islander",
  "south asian": "South Asian",
  "southeast asian": "Southeast Asian",
  white: "white",
  mixed: "mixed-race",
};
