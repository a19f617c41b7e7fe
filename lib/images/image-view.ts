import type { ImageKind, ImageReview } from "@/lib/db/generated/enums";
import type { StoredIdentity, StoredQuality } from "@/lib/faces/face-check-types";
import { toSafetyView } from "@/lib/safety/safety-view";

export const imageSelect = {
  id: true,
  avatarId: true,
  kind: true,
  mimeType: true,
  width: true,
  height: true,
  sizeBytes: true,
  md5: true,
  prompt: true,
  negativePrompt: true,
  seed: true,
  provider: true,
  model: true,
  source: true,
  generationId: true,
  sourceImageId: true,
  createdAt: true,
  quality: true,
  identity: true,
  review: true,
  safety: true,
} as const;

export interface ImageRow {
  id: string;
  avatarId: string;
  kind: ImageKind;
  mimeType: string;
  width: number;
  height: number;
  sizeBytes: number;
  md5: string;
  prompt: string | null;
  negativePrompt: string | null;
  seed: number | null;
  provider: string | null;
  model: string | null;
  source: string;
  generationId: string | null;
  /** Grid variations: the grid image this one was cut from. */
  sourceImageId: string | null;
  createdAt: Date;
  quality: unknown;
  identity: unknown;
  review: ImageReview | null;
  safety: unknown;
}

/** An image as pages and REST show it; URLs go through the owner-only file route. */
export function toImageView(row: ImageRow) {
  return {
    ...row,
    /** Face quality of a base image (verdict, messages, measurements); null until analysed. */
    quality: (row.quality ?? null) as StoredQuality | null,
    /** Identity against the approved seed for images made from it; null for base images. */
    identity: (row.identity ?? null) as StoredIdentity | null,
    /** needs_review: a person must look at it (the project's review queue); kept: a person kept it. */
    review: row.review ?? null,
    /** Content safety ({ flagged, label }); { flagged: false, label: null } until checked. A flagged image is blurred and left out of exports. */
    safety: toSafetyView(row.safety),
    url: `/api/v1/images/${row.id}/file`,
    thumbnailUrl: `/api/v1/images/${row.id}/thumbnail`,
  };
}

export type ImageView = ReturnType<typeof toImageView>;
