import { randomInt } from "node:crypto";
import { MAX_SEED } from "./avatar-schemas";

/** A seed for a generation nobody gave one to, within the range the schemas accept. */
export function randomSeed(): number {
  return randomInt(0, MAX_SEED);
}
