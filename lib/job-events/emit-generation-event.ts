import { getDb } from "@/lib/db/client";
import { generationSelect } from "@/lib/generations/generation-view";
import type { JobEventType } from "./job-event-types";
import { recordJobEvent } from "./record-job-event";
import { toEventData } from "./to-event-data";

type Outcome = "completed" | "failed" | "cancelled";

/** The event a generation's end is told as: training sets have their own completed/failed. */
function terminalType(type: string, outcome: Outcome): JobEventType {
  if (type === "training" && outcome !== "cancelled") return `training.${outcome}`;
  return `generation.${outcome}`;
}

/** Tells a generation's end: its data is what GET /api/v1/generations/:id returns. */
export async function emitGenerationEnded(generationId: string, outcome: Outcome) {
  const db = await getDb();
  const row = await db.generation.findUnique({ where: { id: generationId }, select: { ...generationSelect, userId: true } });
  if (!row) return;
  const { userId, ...generation } = row;
  await recordJobEvent(userId, terminalType(generation.type, outcome), toEventData(generation));
}

/** What a progress event tells (the progress bar's numbers), and who it is for. */
export const generationProgressSelect = {
  id: true,
  userId: true,
  type: true,
  status: true,
  stage: true,
  currentIndex: true,
  progress: true,
  total: true,
  done: true,
  batchId: true,
  avatarId: true,
} as const;

/** Tells where a running generation is, from its row as `generationProgressSelect` reads it. */
export async function emitGenerationProgress(row: { userId: string } & Record<string, unknown>) {
  const { userId, ...progress } = row;
  await recordJobEvent(userId, "generation.progress", toEventData(progress));
}
