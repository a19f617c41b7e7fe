import { seedStateSelect } from "@/lib/avatars/seed-state-select";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** A batch persona with what its job steps need: its batch's owner and provider, and its avatar's seed-image state. */
export async function loadBatchPersona(avatarId: string) {
  const db = await getDb();
  const persona = await db.batchPersona.findUnique({
    where: { avatarId },
    select: {
      avatarId: true,
      batchId: true,
      index: true,
      status: true,
      baseGenerationId: true,
      variationsGenerationId: true,
      batch: { select: { userId: true, projectId: true, provider: true, variationsMode: true, autoApprove: true, seed: true, unitPriceUsd: true, status: true } },
      avatar: { select: seedStateSelect },
    },
  });
  if (!persona) throw new NotFoundError("Batch persona");
  return persona;
}

export type LoadedBatchPersona = Awaited<ReturnType<typeof loadBatchPersona>>;
