import type { BatchStatus } from "@/lib/db/generated/enums";

/**
 * A batch's status as every door shows it (REST, exports, pages): the persona generator's names,
 * `pending → generating-data → data-generated → generating-images → completed` (or `failed`,
 * `cancelled`). The database keeps Prisma's identifiers (`generating_data`); only this maps between them.
 */
export const BATCH_STATUS_NAMES = ["pending", "generating-data", "data-generated", "generating-images", "completed", "failed", "cancelled"] as const;
export type BatchStatusName = (typeof BATCH_STATUS_NAMES)[number];

export function batchStatusName(status: BatchStatus): BatchStatusName {
  return status.replaceAll("_", "-") as BatchStatusName;
}

/** The stored status for a name (or a stored status given as is). */
export function storedBatchStatus(name: BatchStatusName | BatchStatus): BatchStatus {
  return name.replaceAll("-", "_") as BatchStatus;
}
