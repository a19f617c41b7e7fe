import { getDb } from "@/lib/db/client";
import type { RunningPersonaStage } from "./persona-stages";

/** Records that the persona has moved on to `stage`; failure and success are recorded by record-persona-outcome. */
export async function enterPersonaStage(avatarId: string, stage: RunningPersonaStage) {
  const db = await getDb();
  await db.batchPersona.update({ where: { avatarId }, data: { stage } });
}
