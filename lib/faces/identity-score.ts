import { descriptorSimilarity } from "./face-engine";

/** Similarity of two face descriptors, 0–1 (human.match.similarity), rounded to 3 digits. */
export async function identityScore(a: number[], b: number[]): Promise<number> {
  const score = await descriptorSimilarity(a, b);
  return Math.round(score * 1000) / 1000;
}
