import { getDb } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import type { CreateAvatarInput } from "./avatar-schemas";
import { avatarSelect, toAvatarView } from "./avatar-view";
import { recordUsage } from "./record-usage";

/** A persona with no image yet: baseImageStatus pending_upload. */
export async function createAvatar(ownerId: string, projectId: string, input: CreateAvatarInput) {
  await getProjectOrThrow(ownerId, projectId);
  const db = await getDb();
  const row = await db.avatar.create({
    data: {
      projectId,
      name: input.name,
      persona: input.persona ?? undefined,
      attributes: input.attributes ?? undefined,
      appearanceDescription: input.appearanceDescription ?? null,
    },
    select: avatarSelect,
  });
  await recordUsage(row.id, "created", ownerId);
  return toAvatarView(row);
}
