import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { PublicUser } from "@/lib/users/create-user";

/** Records what an admin did (shown on /admin with who and when). */
export async function logAdminAction(
  actor: PublicUser,
  action: string,
  target: { id: string; email: string } | null,
  details: Record<string, unknown> = {},
) {
  const db = await getDb();
  await db.adminAction.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      targetUserId: target?.id ?? null,
      targetEmail: target?.email ?? null,
      details: details as Prisma.InputJsonValue,
    },
  });
}

export async function listAdminActions(limit = 50) {
  const db = await getDb();
  return db.adminAction.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
