import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { avatarSelect, toAvatarView } from "./avatar-view";
import { storeBaseImageUpload, type UploadedFile } from "./store-base-image-upload";

/**
 * A new avatar whose base image is an uploaded file (status draft). Nothing is written if any part fails.
 * `via` names the door in the "created" usage event (an upload, or an import from a URL).
 */
export async function uploadAvatar(ownerId: string, projectId: string, input: { name: string; file: UploadedFile }, via: Record<string, string> = { via: "upload" }) {
  await getProjectOrThrow(ownerId, projectId);
  const avatarId = randomUUID();
  const upload = await storeBaseImageUpload(input.file, { projectId, avatarId, userId: ownerId });
  const db = await getDb();
  try {
    const row = await db.$transaction(async (tx) => {
      await tx.avatar.create({ data: { id: avatarId, projectId, name: input.name } });
      await tx.image.create({ data: upload.row });
      await tx.usageEvent.create({ data: { avatarId, type: "created", actorId: ownerId, details: via } });
      return tx.avatar.update({
        where: { id: avatarId },
        data: { baseImageId: upload.row.id, baseImageStatus: "draft" },
        select: avatarSelect,
      });
    });
    return toAvatarView(row);
  } catch (error) {
    await upload.discard();
    throw error;
  }
}
