import { getDb } from "@/lib/db/client";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import type { JobLane } from "@/lib/jobs/job-lane";
import { createVariationsGeneration } from "./create-variations-generation";
import type { VariationsMode } from "./variations-mode";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";

/**
 * Queues 4 variations (pose, expression, framing) of the approved base image, one call each or (mode
 * "grid") one 2×2 grid split in four. 400 without an approved base, or when the provider cannot do it.
 */
export async function requestVariations(ownerId: string, avatarId: string, options: { provider?: string; mode?: VariationsMode; lane?: JobLane } = {}) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  const db = await getDb();
  const generation = await db.$transaction((tx) => createVariationsGeneration(tx, ownerId, avatar, options.provider, options.mode));
  return enqueueGeneration(generation, { lane: options.lane });
}
