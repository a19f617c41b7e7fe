export interface TrainingItemState {
  id: string;
  prompt: string;
  status: "pending" | "processing" | "completed" | "failed" | "cancelled";
  imageId: string | null;
  generationId: string | null;
}

/**
 * What a new training generation should make: every item without an image, except those a
 * generation that is still queued or running will make anyway (a second one would make them twice).
 */
export function pickMissingTrainingItems<T extends TrainingItemState>(items: T[], runningGenerationIds: ReadonlySet<string>) {
  const inFlight: T[] = [];
  const missing: T[] = [];
  for (const item of items) {
    if (item.status === "completed" && item.imageId) continue;
    if (item.generationId && runningGenerationIds.has(item.generationId) && item.status !== "failed") inFlight.push(item);
    else missing.push(item);
  }
  return { missing, inFlight };
}
