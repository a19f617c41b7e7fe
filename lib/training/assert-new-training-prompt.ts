import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { ConflictError } from "@/lib/errors";
import { DEFAULT_TRAINING_PROMPTS } from "./default-training-prompts";
import { promptKey } from "./training-prompt-schemas";

const DEFAULT_KEYS = new Set(DEFAULT_TRAINING_PROMPTS.map(promptKey));

/**
 * A project prompt must differ (ignoring case and spacing) from the defaults and from the project's
 * other prompts; the unique index only catches exact repeats. `exceptId` is the prompt being edited.
 */
export async function assertNewTrainingPrompt(db: PrismaClient | Prisma.TransactionClient, projectId: string, text: string, exceptId?: string) {
  const key = promptKey(text);
  if (DEFAULT_KEYS.has(key)) throw new ConflictError("That prompt is already in the default library");
  const own = await db.trainingPrompt.findMany({ where: { projectId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { text: true } });
  if (own.some((prompt) => promptKey(prompt.text) === key)) throw new ConflictError("This project already has that prompt");
}
