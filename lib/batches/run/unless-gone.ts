import { getDb } from "@/lib/db/client";

/** What a batch step returns when its batch (or persona) was deleted with its project meanwhile. */
export interface Gone {
  gone: true;
}

export function isGone(value: unknown): value is Gone {
  return typeof value === "object" && value !== null && (value as Partial<Gone>).gone === true;
}

/**
 * Runs a batch step; when it fails because the batch is gone (its project was deleted, and the rows
 * cascaded), answers `{ gone: true }` so the run ends quietly instead of failing. Checked only after
 * an error, so the usual path costs no query.
 */
export async function unlessBatchGone<T>(batchId: string, work: () => Promise<T>): Promise<T | Gone> {
  try {
    return await work();
  } catch (error) {
    const db = await getDb();
    if (!(await db.batch.findUnique({ where: { id: batchId }, select: { id: true } }))) return { gone: true };
    throw error;
  }
}

/** unlessBatchGone for a persona's steps: gone with its avatar, its batch or its project. */
export async function unlessPersonaGone<T>(avatarId: string, work: () => Promise<T>): Promise<T | Gone> {
  try {
    return await work();
  } catch (error) {
    const db = await getDb();
    if (!(await db.batchPersona.findUnique({ where: { avatarId }, select: { avatarId: true } }))) return { gone: true };
    throw error;
  }
}
