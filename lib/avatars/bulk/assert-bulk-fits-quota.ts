import { VARIATION_COUNT } from "@/lib/avatars/create-variations-generation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getImageProvider } from "@/lib/providers/image";
import { estimateWork } from "@/lib/usage/estimate-work";
import type { BulkAction } from "./bulk-schemas";

/**
 * A bulk action whose images would pass the monthly quota is refused whole (429) before any persona is
 * queued: the personas it would make images for (without a base image, or with an approved one) times
 * the images each. Each persona's own request is still checked atomically as it is queued.
 */
export async function assertBulkFitsQuota(ownerId: string, projectId: string, action: BulkAction, ids: string[], provider = "local") {
  const perPersona = action === "generate-base" ? 1 : action === "variations" ? VARIATION_COUNT : 0;
  if (perPersona === 0 || ids.length === 0) return;
  const db = await getDb();
  const eligible = await db.avatar.count({
    where: { id: { in: ids }, projectId, project: { ownerId }, ...(action === "generate-base" ? { baseImageId: null } : { baseImageStatus: "approved" }) },
  });
  const chosen = getImageProvider(provider);
  const estimate = await estimateWork(ownerId, { provider: chosen.name, model: chosen.model, images: eligible * perPersona, what: "this bulk action" });
  if (!estimate.withinQuota) throw new AppError(estimate.refusal ?? "Monthly quota reached", "quota_exceeded");
}
