import type { z } from "zod";
import { assertApprovedBase } from "@/lib/avatars/seed-image-rules";
import { getSeedStateOrThrow } from "@/lib/avatars/get-seed-state-or-throw";
import type { trainingSetSchema } from "@/lib/avatars/seed-image-schemas";
import { getDb } from "@/lib/db/client";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import type { JobLane } from "@/lib/jobs/job-lane";
import { getImageProviderFor } from "@/lib/providers/image";
import { createTrainingGeneration } from "./create-training-generation";
import { listTrainingPrompts } from "./list-training-prompts";
import { normalizePromptText } from "./training-prompt-schemas";

export type TrainingSetInput = z.infer<typeof trainingSetSchema>;

/**
 * Queues one image per prompt (default: the project's whole library) made from the approved base.
 * Prompts that already have an image are skipped, so running it again fills only the gaps; 400
 * without an approved base or when nothing is missing, 409 when the rest is still being generated.
 */
export async function requestTrainingSet(ownerId: string, avatarId: string, input: TrainingSetInput = {}, { lane }: { lane?: JobLane } = {}) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertApprovedBase(avatar);
  const provider = getImageProviderFor(input.provider ?? "local", { reference: true });
  const prompts = input.prompts?.length
    ? input.prompts.map(normalizePromptText).filter(Boolean)
    : (await listTrainingPrompts(ownerId, avatar.projectId)).map((prompt) => prompt.text);
  const db = await getDb();
  const generation = await createTrainingGeneration(db, ownerId, avatar.id, prompts, provider);
  return enqueueGeneration(generation, { lane });
}
