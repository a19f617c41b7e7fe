import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import type { UpdateAvatarInput } from "./avatar-schemas";
import { getAvatarOrThrow } from "./get-avatar-or-throw";
import { recordUsage } from "./record-usage";

function json(value: unknown) {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue | undefined);
}

export async function updateAvatar(ownerId: string, avatarId: string, input: UpdateAvatarInput) {
  const db = await getDb();
  const { count } = await db.avatar.updateMany({
    where: { id: avatarId, project: { ownerId } },
    data: {
      name: input.name,
      persona: json(input.persona),
      attributes: json(input.attributes),
      appearanceDescription: input.appearanceDescription,
      triggerWord: input.triggerWord,
    },
  });
  if (count === 0) throw new NotFoundError("Avatar");
  await recordUsage(avatarId, "updated", ownerId, { fields: Object.keys(input) });
  return getAvatarOrThrow(ownerId, avatarId);
}
