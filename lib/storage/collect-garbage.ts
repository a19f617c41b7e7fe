import { getDb } from "@/lib/db/client";
import { plannedImageGenerationId } from "@/lib/generations/plan-generation-images";
import { getStorage } from "./index";
import { IMAGE_KEYS_PREFIX, parseImageKey } from "./storage-keys";
import type { ListedKey, Storage } from "./types";

/** Files younger than this are never swept: a save in flight writes its file before its row. */
export const DEFAULT_GC_GRACE_MS = 10 * 60_000;

export interface GarbageReport {
  /** Keys listed under avatars/. */
  listed: number;
  /** Named by an image row (kept). */
  named: number;
  /** Younger than the grace period (kept). */
  fresh: number;
  /** The stored original of a generation that still exists, waiting for its row (kept). */
  pending: number;
  /** Deleted (or, in a dry run, that would be). */
  deleted: number;
  /** Could not be deleted (logged). */
  failed: number;
}

/**
 * Deletes stored files that no image row names: left when an avatar or a project was deleted while
 * its job was writing, or when a process died between a file and its row. Kept: files an image row
 * names, files younger than `graceMs`, and the original of a generation that still exists (a cancel
 * between the provider call and the save leaves one; its retry writes the row without calling the
 * provider again). Lists page by page and checks rows in chunks, so memory stays flat.
 */
export async function collectGarbage({
  storage = getStorage(),
  graceMs = DEFAULT_GC_GRACE_MS,
  now = Date.now(),
  dryRun = false,
  chunkSize = 500,
}: { storage?: Storage; graceMs?: number; now?: number; dryRun?: boolean; chunkSize?: number } = {}): Promise<GarbageReport> {
  const report: GarbageReport = { listed: 0, named: 0, fresh: 0, pending: 0, deleted: 0, failed: 0 };
  let chunk: ListedKey[] = [];
  const sweep = async () => {
    await sweepChunk(storage, chunk, report, dryRun);
    chunk = [];
  };
  for await (const listed of storage.list(IMAGE_KEYS_PREFIX)) {
    report.listed++;
    if (now - listed.modifiedAt.getTime() < graceMs) {
      report.fresh++;
      continue;
    }
    chunk.push(listed);
    if (chunk.length >= chunkSize) await sweep();
  }
  if (chunk.length) await sweep();
  return report;
}

async function sweepChunk(storage: Storage, chunk: ListedKey[], report: GarbageReport, dryRun: boolean) {
  const db = await getDb();
  const keys = chunk.map((listed) => listed.key);
  const rows = await db.image.findMany({
    where: { OR: [{ storageKey: { in: keys } }, { thumbnailKey: { in: keys } }] },
    select: { storageKey: true, thumbnailKey: true },
  });
  const named = new Set(rows.flatMap((row) => [row.storageKey, row.thumbnailKey]));
  const unnamed = keys.filter((key) => !named.has(key));
  report.named += keys.length - unnamed.length;

  const generationOf = (key: string) => {
    const parsed = parseImageKey(key);
    return parsed ? plannedImageGenerationId(parsed.imageId) : null;
  };
  const generationIds = [...new Set(unnamed.flatMap((key) => generationOf(key) ?? []))];
  const living = generationIds.length
    ? new Set((await db.generation.findMany({ where: { id: { in: generationIds } }, select: { id: true } })).map((row) => row.id))
    : new Set<string>();

  for (const key of unnamed) {
    const generationId = generationOf(key);
    if (generationId && living.has(generationId)) {
      report.pending++;
      continue;
    }
    if (dryRun) {
      report.deleted++;
      continue;
    }
    try {
      await storage.delete(key);
      report.deleted++;
    } catch (error) {
      report.failed++;
      console.error(`[storage:gc] could not delete ${key}:`, error);
    }
  }
}

/** One line for logs and the script: what the sweep found and did. */
export function describeGarbageReport(report: GarbageReport, dryRun = false) {
  return (
    `${report.listed} files listed: ${report.deleted} orphaned ${dryRun ? "(would be deleted)" : "deleted"}` +
    `, ${report.named} named by an image, ${report.fresh} newer than the grace period, ${report.pending} waiting for their generation` +
    (report.failed ? `, ${report.failed} could not be deleted` : "")
  );
}
