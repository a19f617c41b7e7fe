import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { avatarListWhere } from "@/lib/avatars/avatar-list-where";
import { deleteAvatar } from "@/lib/avatars/delete-avatar";
import { requestSeedGeneration } from "@/lib/avatars/request-seed-generation";
import { requestVariations } from "@/lib/avatars/request-variations";
import { getDb } from "@/lib/db/client";
import { toAppError } from "@/lib/api/api-errors";
import type { JobLane } from "@/lib/jobs/job-lane";
import type { ImageProviderName } from "@/lib/providers/image/provider-names";
import { assertProjectOwner } from "@/lib/projects/assert-project-owner";
import { requestTrainingSet } from "@/lib/training/request-training-set";
import { assertBulkFitsQuota } from "./assert-bulk-fits-quota";
import { bulkRefusal } from "./bulk-refusal";
import { ALL_MISSING_BASE, type BulkAction, type BulkResult, type BulkTargets } from "./bulk-schemas";

/** Personas are read, checked and queued this many at a time: no transaction spans more than one of them. */
const CHUNK = 50;
/** How many personas of a chunk are worked on at once. */
const PARALLEL = 4;

export interface BulkOptions {
  /** Bulk and scheduled work is background work (it yields to what a person starts by hand). */
  lane?: JobLane;
  provider?: ImageProviderName;
}

export type BulkOutcome = BulkResult & { names: Record<string, string> };

async function resolveIds(ownerId: string, projectId: string, targets: BulkTargets): Promise<string[]> {
  if (Array.isArray(targets)) return [...new Set(targets)];
  const db = await getDb();
  const where = avatarListWhere(ownerId, projectId, targets === ALL_MISSING_BASE ? { missingBase: true } : targets.filter);
  const rows = await db.avatar.findMany({ where, select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => row.id);
}

function runOne(action: BulkAction, ownerId: string, avatarId: string, options: BulkOptions): Promise<unknown> {
  const lane = options.lane ?? "background";
  switch (action) {
    case "generate-base":
      return requestSeedGeneration(ownerId, avatarId, { candidates: 1, provider: options.provider, lane });
    case "approve":
      return approveSeedImage(ownerId, avatarId);
    case "variations":
      return requestVariations(ownerId, avatarId, { provider: options.provider, lane });
    case "training-set":
      return requestTrainingSet(ownerId, avatarId, { provider: options.provider }, { lane });
    case "delete":
      return deleteAvatar(ownerId, avatarId);
  }
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Runs one action over many personas of a project: each is checked against the seed-image rules and
 * either queued (lane "background") or done, or skipped with the reason. Ids that are not the owner's
 * personas of this project are skipped as "not found" and never touched. The one function behind the
 * grid's bulk bar, REST and schedules.
 */
export async function runBulkAction(ownerId: string, projectId: string, action: BulkAction, targets: BulkTargets, options: BulkOptions = {}): Promise<BulkOutcome> {
  await assertProjectOwner(ownerId, projectId);
  const ids = await resolveIds(ownerId, projectId, targets);
  await assertBulkFitsQuota(ownerId, projectId, action, ids, options.provider);
  const db = await getDb();
  const outcome: BulkOutcome = { accepted: [], skipped: [], names: {} };
  const results = new Map<string, string | null>();

  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const [rows, generating] = await Promise.all([
      db.avatar.findMany({
        where: { id: { in: chunk }, projectId, project: { ownerId } },
        select: { id: true, name: true, baseImageStatus: true, appearanceLocked: true, baseImageId: true },
      }),
      action === "generate-base"
        ? db.generation.findMany({
            where: { avatarId: { in: chunk }, type: { in: ["seed", "avatar"] }, status: { in: ["pending", "processing"] } },
            select: { avatarId: true },
          })
        : [],
    ]);
    const found = new Map(rows.map((row) => [row.id, row]));
    const busy = new Set(generating.map((row) => row.avatarId));
    const runnable: string[] = [];
    for (const id of chunk) {
      const avatar = found.get(id);
      if (!avatar) {
        results.set(id, "not found");
        continue;
      }
      outcome.names[id] = avatar.name;
      const refusal = bulkRefusal(action, { ...avatar, generatingBase: busy.has(id) });
      if (refusal) results.set(id, refusal);
      else runnable.push(id);
    }
    await forEachLimited(runnable, PARALLEL, async (id) => {
      try {
        await runOne(action, ownerId, id, options);
        results.set(id, null);
      } catch (error) {
        const known = toAppError(error);
        if (!known) console.error(`[bulk] ${action} failed for ${id}`, error);
        results.set(id, known?.message ?? "failed: something went wrong on our side");
      }
    });
  }

  for (const id of ids) {
    const reason = results.get(id);
    if (reason) outcome.skipped.push({ id, reason });
    else outcome.accepted.push(id);
  }
  return outcome;
}
