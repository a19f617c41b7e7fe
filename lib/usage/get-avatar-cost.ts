import { getDb } from "@/lib/db/client";
import { roundUsd } from "./price-table";

/** What the images made for one persona cost (every generation of it: base, candidates, variations, training). */
export async function getAvatarCost(ownerId: string, avatarId: string) {
  const db = await getDb();
  const generations = await db.generation.findMany({
    where: { avatarId, project: { ownerId } },
    select: { done: true, unitPriceUsd: true },
  });
  return {
    images: generations.reduce((sum, generation) => sum + generation.done, 0),
    costUsd: roundUsd(generations.reduce((sum, generation) => sum + generation.done * generation.unitPriceUsd, 0)),
  };
}
