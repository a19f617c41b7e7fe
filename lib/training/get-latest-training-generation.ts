import { getDb } from "@/lib/db/client";
import { generationSelect } from "@/lib/generations/generation-view";

/** The avatar's most recent training generation (for the progress bar), or null; scoped to the owner. */
export async function getLatestTrainingGeneration(ownerId: string, avatarId: string) {
  const db = await getDb();
  return db.generation.findFirst({
    where: { avatarId, type: "training", project: { ownerId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: generationSelect,
  });
}
