import { getDb } from "@/lib/db/client";
import type { LoadedBatchPersona } from "./load-batch-persona";

/**
 * First step of a persona run: `running`, one more attempt. A persona that already succeeded has
 * nothing to do, and a cancelled one may not start anything.
 */
export async function beginBatchPersona(persona: LoadedBatchPersona) {
  const { avatarId } = persona;
  if (persona.status === "cancelled") return { done: true, cancelled: true };
  if (persona.status === "succeeded") return { done: true, cancelled: false };
  const db = await getDb();
  // Counted once per run: a re-executed step finds the persona already running.
  await db.batchPersona.updateMany({
    where: { avatarId, status: { in: ["pending", "failed"] } },
    data: { status: "running", attempts: { increment: 1 }, startedAt: new Date(), finishedAt: null, errorMessage: null },
  });
  return { done: false, cancelled: false };
}
