import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertNewTrainingPrompt } from "./assert-new-training-prompt";
import type { TrainingPromptInput } from "./training-prompt-schemas";
import { trainingPromptSelect, toProjectPromptView } from "./training-prompt-view";

/**
 * Rewrites one of the project's own prompts. Training items already made keep the text they were
 * generated from; the new text is simply a new prompt for the next training set.
 */
export async function updateTrainingPrompt(ownerId: string, projectId: string, promptId: string, input: TrainingPromptInput) {
  const db = await getDb();
  const where = { id: promptId, projectId, project: { ownerId } };
  const existing = await db.trainingPrompt.findFirst({ where, select: { id: true } });
  if (!existing) throw new NotFoundError("Training prompt");
  await assertNewTrainingPrompt(db, projectId, input.text, promptId);
  try {
    const { count } = await db.trainingPrompt.updateMany({ where, data: { text: input.text } });
    if (count === 0) throw new NotFoundError("Training prompt");
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("This project already has that prompt");
    throw error;
  }
  return toProjectPromptView(await db.trainingPrompt.findUniqueOrThrow({ where: { id: promptId }, select: trainingPromptSelect }));
}
