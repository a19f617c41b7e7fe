import { getDb } from "@/lib/db/client";
import { reviewImagesWhere, waitingBasesWhere } from "./review-queue-where";

/** How many items wait in the owner's project's review queue (the project nav's badge). */
export async function countReviewItems(ownerId: string, projectId: string) {
  const db = await getDb();
  const [images, bases] = await Promise.all([
    db.image.count({ where: reviewImagesWhere(ownerId, projectId) }),
    db.avatar.count({ where: waitingBasesWhere(ownerId, projectId) }),
  ]);
  return images + bases;
}
