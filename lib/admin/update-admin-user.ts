import { revokeOtherUserSessions } from "@/lib/auth/sessions/user-sessions";
import { cancelBatch } from "@/lib/batches/cancel-batch";
import { RUNNING_BATCH_STATUSES } from "@/lib/batches/batch-view";
import { getDb } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors";
import { cancelGeneration } from "@/lib/generations/cancel-generation";
import type { PublicUser } from "@/lib/users/create-user";
import { logAdminAction } from "./admin-log";
import type { UpdateAdminUserInput } from "./admin-schemas";
import { assertAdmin } from "./is-admin";
import { getAdminUser } from "./list-admin-users";

/** Cancels everything a user has queued or running (a disabled account's work stops at once). */
async function cancelAllWork(userId: string) {
  const db = await getDb();
  const [generations, batches] = await Promise.all([
    db.generation.findMany({ where: { userId, batchRun: false, status: { in: ["pending", "processing"] } }, select: { id: true } }),
    db.batch.findMany({ where: { userId, status: { in: [...RUNNING_BATCH_STATUSES] } }, select: { id: true } }),
  ]);
  const ignoreFinished = (error: unknown) => {
    if (!(error instanceof AppError && (error.code === "conflict" || error.code === "not_found"))) throw error;
  };
  for (const batch of batches) await cancelBatch(userId, batch.id).catch(ignoreFinished);
  for (const generation of generations) await cancelGeneration(userId, generation.id).catch(ignoreFinished);
  return { generations: generations.length, batches: batches.length };
}

/**
 * An admin's change to an account: disable (sign-in refused, sessions ended, tokens answer 401, queued
 * and running work cancelled) or enable it, and set its monthly quotas. Logged with who and when.
 */
export async function updateAdminUser(admin: PublicUser, userId: string, input: UpdateAdminUserInput) {
  assertAdmin(admin);
  const db = await getDb();
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, disabledAt: true } });
  if (!target) throw new NotFoundError("User");
  if (input.disabled && target.id === admin.id) {
    throw new AppError("You cannot disable your own account", "invalid_input", { details: { disabled: ["You cannot disable your own account"] } });
  }
  await db.user.update({
    where: { id: userId },
    data: {
      ...(input.disabled === undefined ? {} : { disabledAt: input.disabled ? (target.disabledAt ?? new Date()) : null }),
      ...(input.quotaImagesPerMonth === undefined ? {} : { quotaImagesPerMonth: input.quotaImagesPerMonth }),
      ...(input.quotaUsdPerMonth === undefined ? {} : { quotaUsdPerMonth: input.quotaUsdPerMonth }),
    },
  });
  if (input.disabled === true && !target.disabledAt) {
    await revokeOtherUserSessions(userId);
    const cancelled = await cancelAllWork(userId);
    await logAdminAction(admin, "disable user", target, { cancelled });
  }
  if (input.disabled === false && target.disabledAt) await logAdminAction(admin, "enable user", target);
  if (input.quotaImagesPerMonth !== undefined || input.quotaUsdPerMonth !== undefined) {
    await logAdminAction(admin, "set quota", target, {
      ...(input.quotaImagesPerMonth === undefined ? {} : { quotaImagesPerMonth: input.quotaImagesPerMonth }),
      ...(input.quotaUsdPerMonth === undefined ? {} : { quotaUsdPerMonth: input.quotaUsdPerMonth }),
    });
  }
  return getAdminUser(userId);
}
