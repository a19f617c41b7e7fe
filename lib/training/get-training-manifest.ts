import { slugifyExportName } from "@/lib/batches/export/slugify-export-name";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { StoredIdentity } from "@/lib/faces/face-check-types";
import { toSafetyView, type SafetyView } from "@/lib/safety/safety-view";

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

export type TrainingEntryStatus = "pending" | "processing" | "completed" | "failed" | "cancelled";

export interface TrainingManifestEntry {
  id: string;
  /** `<avatar-slug>-<nn>.<ext>`: numbered in the order the prompts were first requested, stable across reruns. */
  filename: string;
  url: string | null;
  thumbnailUrl: string | null;
  md5: string | null;
  sizeBytes: number | null;
  width: number | null;
  height: number | null;
  createdAt: Date | null;
  prompt: string;
  status: TrainingEntryStatus;
  errorMessage: string | null;
  imageId: string | null;
  generationId: string | null;
  /** The face's similarity to the approved seed (lib/faces); null until analysed. */
  identity: StoredIdentity | null;
  /** Content safety ({ flagged, label }); null until checked. Flagged images are blurred and left out of the ZIP. */
  safety: SafetyView | null;
}

export interface TrainingManifest {
  avatarId: string;
  avatarName: string;
  trainingData: TrainingManifestEntry[];
  /** `pending` counts items without a final image or failure: queued, being generated, or cancelled (a rerun fills them). */
  statistics: { count: number; succeeded: number; failed: number; pending: number };
  updatedAt: Date | null;
}

export function trainingFileStem(avatarName: string) {
  return slugifyExportName(avatarName) || "avatar";
}

/**
 * Every training item of the owner's avatar, failed and unfinished ones included, with the stored
 * image's facts (md5 and size are the stored original's). Another user's avatar reads as not found.
 */
export async function getTrainingManifest(ownerId: string, avatarId: string): Promise<TrainingManifest> {
  const db = await getDb();
  const avatar = await db.avatar.findFirst({ where: { id: avatarId, project: { ownerId } }, select: { id: true, name: true } });
  if (!avatar) throw new NotFoundError("Avatar");
  const items = await db.trainingItem.findMany({
    where: { avatarId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { image: { select: { id: true, mimeType: true, md5: true, sizeBytes: true, width: true, height: true, createdAt: true, identity: true, safety: true } } },
  });
  const stem = trainingFileStem(avatar.name);
  const width = Math.max(2, String(items.length).length);
  const trainingData = items.map((item, index): TrainingManifestEntry => {
    const image = item.image;
    // An image deleted after it was made leaves a completed item behind; it needs generating again.
    const lost = item.status === "completed" && !image;
    return {
      id: item.id,
      filename: `${stem}-${String(index + 1).padStart(width, "0")}.${(image && EXTENSIONS[image.mimeType]) ?? "png"}`,
      url: image ? `/api/v1/images/${image.id}/file` : null,
      thumbnailUrl: image ? `/api/v1/images/${image.id}/thumbnail` : null,
      md5: image?.md5 ?? null,
      sizeBytes: image?.sizeBytes ?? null,
      width: image?.width ?? null,
      height: image?.height ?? null,
      createdAt: image?.createdAt ?? null,
      prompt: item.prompt,
      status: lost ? "failed" : item.status,
      errorMessage: lost ? "The image was deleted. Retry to generate it again." : item.errorMessage,
      imageId: image?.id ?? null,
      generationId: item.generationId,
      identity: (image?.identity ?? null) as StoredIdentity | null,
      safety: toSafetyView(image?.safety),
    };
  });
  const succeeded = trainingData.filter((entry) => entry.status === "completed").length;
  const failed = trainingData.filter((entry) => entry.status === "failed").length;
  const updatedAt = items.reduce<Date | null>((latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest), null);
  return {
    avatarId: avatar.id,
    avatarName: avatar.name,
    trainingData,
    statistics: { count: trainingData.length, succeeded, failed, pending: trainingData.length - succeeded - failed },
    updatedAt,
  };
}
