import { signedImageUrl } from "@/lib/images/signed-image-link";
import type { TrainingManifest } from "./get-training-manifest";

/*
 * The actor pipeline's manifest (seed 002, "Manifest Updates"): one entry per finished training image,
 * with the stored file's md5 and size and a link that works without a token until EXPORT_LINK_TTL.
 */

export interface ActorMakerEntry {
  filename: string;
  s3_url: string;
  md5_hash: string;
  size_bytes: number;
  size_mb: number;
  modified_timestamp: number;
  modified_date: string;
  status: "synced";
}

export interface ActorMakerManifest {
  character_id: string;
  training_data: ActorMakerEntry[];
  statistics: { training_images_count: number; training_synced_count: number };
  training_data_updated: string | null;
}

/** Python's `datetime.isoformat()` of a naive UTC time, as the pipeline writes it: "2025-10-16T15:34:07.189000". */
export function pythonIsoDate(date: Date) {
  return `${date.toISOString().slice(0, 23)}000`;
}

export function toActorMakerManifest(manifest: TrainingManifest, origin: string, now = new Date()): ActorMakerManifest {
  const training_data = manifest.trainingData.flatMap((entry): ActorMakerEntry[] => {
    if (entry.status !== "completed" || !entry.imageId || entry.md5 === null || entry.sizeBytes === null || !entry.createdAt) return [];
    return [
      {
        filename: entry.filename,
        s3_url: signedImageUrl(origin, entry.imageId, { now }),
        md5_hash: entry.md5,
        size_bytes: entry.sizeBytes,
        size_mb: Math.round((entry.sizeBytes / (1024 * 1024)) * 100) / 100,
        modified_timestamp: entry.createdAt.getTime() / 1000,
        modified_date: pythonIsoDate(entry.createdAt),
        status: "synced",
      },
    ];
  });
  return {
    character_id: manifest.avatarId,
    training_data,
    statistics: { training_images_count: training_data.length, training_synced_count: training_data.length },
    training_data_updated: manifest.updatedAt ? pythonIsoDate(manifest.updatedAt) : null,
  };
}
