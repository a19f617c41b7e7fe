import { getDb } from "@/lib/db/client";
import type { GenerationType } from "@/lib/db/generated/enums";
import { generationSelect } from "./generation-view";

/** The owner's newest generation of `type` for an avatar, or null. */
export async function findLatestGeneration(ownerId: string, avatarId: string, type: GenerationType) {
  const db = await getDb();
  return db.generation.findFirst({
    where: { avatarId, type, project: { ownerId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: generationSelect,
  });
}
