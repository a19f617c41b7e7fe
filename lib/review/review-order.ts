/** What the queue sorts an item by, read from its rows before any image view is built. */
export interface ReviewSortKey {
  /** The image the item is about (an image under review, or a waiting base): the cursor names it. */
  id: string;
  kind: "image" | "base";
  /** Images: the identity score against the seed; null when nothing was compared (no face, not measured). */
  score: number | null;
  /** Bases: the quality verdict of the waiting image; null before it was analysed. */
  verdict: string | null;
  avatarName: string;
}

const VERDICT_RANK: Record<string, number> = { poor: 0, warning: 1, good: 2 };

/**
 * Worst first. Images made from a seed come before bases waiting for approval: their score is a
 * measured doubt about an image already paid for. Images: lowest identity score first, an image with
 * no score (no face found) before any scored one. Bases: poor < warning < good < not measured. Then
 * the persona's name, then the id, so the order (and a cursor into it) is stable.
 */
export function compareReviewItems(a: ReviewSortKey, b: ReviewSortKey): number {
  if (a.kind !== b.kind) return a.kind === "image" ? -1 : 1;
  const rank = a.kind === "image" ? (a.score ?? -1) - (b.score ?? -1) : verdictRank(a.verdict) - verdictRank(b.verdict);
  if (rank !== 0) return rank;
  return a.avatarName.localeCompare(b.avatarName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function verdictRank(verdict: string | null) {
  return verdict !== null && verdict in VERDICT_RANK ? VERDICT_RANK[verdict] : Object.keys(VERDICT_RANK).length;
}
