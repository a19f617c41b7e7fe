import type { Prisma } from "@/lib/db/generated/client";
import type { SeedState } from "./seed-image-rules";
import { seedStateSelect } from "./seed-state-select";
import { generationSelect } from "@/lib/generations/generation-view";
import { imageSelect, toImageView, type ImageRow } from "@/lib/images/image-view";
import type { Persona, VisualAttributes } from "./persona-schemas";
import { effectiveTriggerWord } from "@/lib/training/trigger-word";

export const avatarSelect = {
  ...seedStateSelect,
  baseImageId: false,
  rejectionReason: true,
  triggerWord: true,
  createdAt: true,
  updatedAt: true,
  baseImage: { select: imageSelect },
  generations: { select: generationSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
} satisfies Prisma.AvatarSelect;

type AvatarRow = {
  id: string;
  projectId: string;
  batchId: string | null;
  name: string;
  persona: unknown;
  attributes: unknown;
  appearanceDescription: string | null;
  prompt: string | null;
  negativePrompt: string | null;
  baseImageStatus: SeedState["baseImageStatus"];
  appearanceLocked: boolean;
  rejectionReason: string | null;
  triggerWord: string | null;
  createdAt: Date;
  updatedAt: Date;
  baseImage: ImageRow | null;
  generations: { id: string; status: string; stage: string; currentIndex: number | null; progress: number; total: number; errorMessage: string | null; type: string }[];
};

/**
 * An avatar as pages and REST show it. `status` is what the gallery badge says: the latest
 * generation's state while it runs or after it failed, else the base image's state.
 */
export function toAvatarView(row: AvatarRow) {
  const { generations, baseImage, ...rest } = row;
  const latest = generations[0] ?? null;
  const running = latest && (latest.status === "pending" || latest.status === "processing");
  return {
    ...rest,
    persona: (row.persona ?? null) as Persona | null,
    attributes: (row.attributes ?? null) as VisualAttributes | null,
    baseImage: baseImage ? toImageView(baseImage) : null,
    triggerWord: effectiveTriggerWord(row),
    triggerWordIsDefault: row.triggerWord === null,
    latestGeneration: latest,
    status: running ? "generating" : latest?.status === "failed" && !baseImage ? "failed" : row.baseImageStatus,
  };
}

export type AvatarView = ReturnType<typeof toAvatarView>;
