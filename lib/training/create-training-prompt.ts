import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { BadRequestError, ConflictError } from "@/lib/errors";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { assertNewTrainingPrompt } from "./assert-new-training-prompt";
import { MAX_PROJECT_PROMPTS, type TrainingPromptInput } from "./training-prompt-schemas";
import { trainingPromptSelect, toProjectPromptView } from "./training-prompt-view";

/** Adds a prompt to the owner's project library; a duplicate (of a default or an own prompt) is a 409. */
export async function createTrainingPrompt(ownerId: string, projectId: string, input: TrainingPromptInput) {
  await getProjectOrThrow(ownerId, projectId);
  const db = await getDb();
  const count = await db.trainingPrompt.count({ where: { projectId } });
  if (count >= MAX_PROJECT_PROMPTS) {
    throw new BadRequestError(`A project can keep at most ${MAX_PROJECT_PROMPTS} prompts of its own. Delete one first.`);
  }
  await assertNewTrainingPrompt(db, projectId, input.text);
  try {
    const row = await db.trainingPrompt.create({ data: { projectId, text: input.text }, select: trainingPromptSelect });
    return toProjectPromptView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("This project already has that prompt");
    throw error;
  }
}
