import { recordUsage } from "@/lib/avatars/record-usage";
import { signedImageUrl } from "@/lib/images/signed-image-link";
import { toActorMakerManifest, type ActorMakerManifest } from "./actor-maker-manifest";
import { getTrainingManifest, trainingFileStem, type TrainingManifest } from "./get-training-manifest";

/** The default manifest with each image's `url` a signed link. */
export type SignedTrainingManifest = TrainingManifest;

export const TRAINING_MANIFEST_FORMATS = ["default", "actor-maker"] as const;
export type TrainingManifestFormat = (typeof TRAINING_MANIFEST_FORMATS)[number];

/**
 * The manifest as a file to download: image URLs are signed links against `origin`, so a training
 * script fetches them without a token until EXPORT_LINK_TTL; thumbnails stay owner-only. Records an
 * "exported" event in the avatar's usage history. `actor-maker` is the actor pipeline's format.
 */
export async function exportTrainingManifest(ownerId: string, avatarId: string, origin: string, format?: "default"): Promise<{ manifest: SignedTrainingManifest; filename: string }>;
export async function exportTrainingManifest(ownerId: string, avatarId: string, origin: string, format: TrainingManifestFormat): Promise<{ manifest: SignedTrainingManifest | ActorMakerManifest; filename: string }>;
export async function exportTrainingManifest(ownerId: string, avatarId: string, origin: string, format: TrainingManifestFormat = "default") {
  const manifest = await getTrainingManifest(ownerId, avatarId);
  const filename = `${trainingFileStem(manifest.avatarName)}-training-manifest${format === "actor-maker" ? "-actor-maker" : ""}.json`;
  await recordUsage(avatarId, "exported", ownerId, { what: "training-manifest", format, images: manifest.statistics.succeeded, count: manifest.statistics.count });
  if (format === "actor-maker") return { manifest: toActorMakerManifest(manifest, origin), filename };
  return { manifest: signTrainingManifest(manifest, origin), filename };
}

/** The manifest with each image's `url` a signed link under `origin` and thumbnails made absolute. */
export function signTrainingManifest(manifest: TrainingManifest, origin: string, now = new Date()): SignedTrainingManifest {
  const absolute = (url: string | null) => (url ? new URL(url, origin).toString() : null);
  const trainingData = manifest.trainingData.map((entry) => ({
    ...entry,
    url: entry.imageId ? signedImageUrl(origin, entry.imageId, { now }) : null,
    thumbnailUrl: absolute(entry.thumbnailUrl),
  }));
  return { ...manifest, trainingData };
}
