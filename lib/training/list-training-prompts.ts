import { getDb } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { DEFAULT_TRAINING_PROMPTS } from "./default-training-prompts";
import { trainingPromptSelect, toProjectPromptView, type TrainingPromptView } from "./training-prompt-view";

/**
 * A project's prompt library, which is also what a training set uses when no prompts are given:
 * the built-in defaults first, then the project's own prompts in the order they were added. Own
 * prompts extend the defaults rather than replace them, so adding one scene never silently drops ten;
 * to train on a subset, pass `prompts` explicitly (the UI's checkboxes do exactly that).
 */
export async function listTrainingPrompts(ownerId: string, projectId: string): Promise<TrainingPromptView[]> {
  await getProjectOrThrow(ownerId, projectId);
  const db = await getDb();
  const own = await db.trainingPrompt.findMany({
    where: { projectId, project: { ownerId } },
    select: trainingPromptSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const defaults = DEFAULT_TRAINING_PROMPTS.map((text) => ({ id: null, text, source: "default" as const, createdAt: null }));
  return [...defaults, ...own.map(toProjectPromptView)];
}
