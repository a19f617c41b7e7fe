import { getDb } from "@/lib/db/client";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import type { JobLane } from "@/lib/jobs/job-lane";
import { createVariationsGeneration } from "./create-variations-generation";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";

/** Queues 4 variations (pose, expression, framing) of the approved base image. 400 without an approved base. */
export async function requestVariations(ownerId: string, avatarId: string, options: { provider?: string; lane?: JobLane } = {}) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  const db = await getDb();
  const generation = await db.$transaction((tx) => createVariationsGeneration(tx, ownerId, avatar, options.provider));
  return enqueueGeneration(generation, { lane: options.lane });
}
