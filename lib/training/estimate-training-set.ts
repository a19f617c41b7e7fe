import { getSeedStateOrThrow } from "@/lib/avatars/get-seed-state-or-throw";
import { getDb } from "@/lib/db/client";
import { getImageProvider } from "@/lib/providers/image";
import { estimateWork } from "@/lib/usage/estimate-work";
import { listTrainingPrompts } from "./list-training-prompts";
import type { TrainingSetInput } from "./request-training-set";
import { normalizePromptText, promptKey } from "./training-prompt-schemas";

/** What a training set would cost: one image per prompt that has none yet and is not being made. */
export async function estimateTrainingSet(ownerId: string, avatarId: string, input: TrainingSetInput = {}) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  const provider = getImageProvider(input.provider ?? "local");
  const prompts = input.prompts?.length
    ? input.prompts.map(normalizePromptText).filter(Boolean)
    : (await listTrainingPrompts(ownerId, avatar.projectId)).map((prompt) => prompt.text);
  const db = await getDb();
  const items = await db.trainingItem.findMany({ where: { avatarId }, select: { prompt: true, status: true, imageId: true } });
  const settled = new Set(
    items.filter((item) => (item.status === "completed" && item.imageId) || item.status === "pending" || item.status === "processing").map((item) => promptKey(item.prompt)),
  );
  const missing = new Set(prompts.map(promptKey).filter((key) => !settled.has(key)));
  return estimateWork(ownerId, { provider: provider.name, model: provider.model, images: missing.size, what: "this training set" });
}
