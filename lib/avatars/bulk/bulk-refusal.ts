import { approvedBaseRefusal, approveRefusal, type SeedState } from "@/lib/avatars/seed-image-rules";
import type { BulkAction } from "./bulk-schemas";

export interface BulkCandidate extends SeedState {
  /** A base image (seed or avatar generation) is queued or running for it. */
  generatingBase: boolean;
}

/**
 * Why a bulk action leaves a persona out (null when it runs for it), in the words the result panel
 * and REST show. The seed-image rules decide; this only says it briefly.
 */
export function bulkRefusal(action: BulkAction, avatar: BulkCandidate): string | null {
  switch (action) {
    case "generate-base":
      if (avatar.baseImageId) return "already has a base image";
      if (avatar.generatingBase) return "a base image is already being generated";
      return null;
    case "approve":
      if (avatar.baseImageStatus !== "draft") return "not a draft";
      return approveRefusal(avatar)?.message ?? null;
    case "variations":
    case "training-set":
      return approvedBaseRefusal(avatar) ? "no approved base image" : null;
    case "delete":
      return null;
  }
}
