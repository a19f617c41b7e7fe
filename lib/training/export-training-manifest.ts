import { recordUsage } from "@/lib/avatars/record-usage";
import { getTrainingManifest, trainingFileStem } from "./get-training-manifest";

/**
 * The manifest as a file to download: image URLs made absolute against `origin` so a training script
 * can fetch them (with an API token), and an "exported" event in the avatar's usage history.
 */
export async function exportTrainingManifest(ownerId: string, avatarId: string, origin: string) {
  const manifest = await getTrainingManifest(ownerId, avatarId);
  const absolute = (url: string | null) => (url ? new URL(url, origin).toString() : null);
  const trainingData = manifest.trainingData.map((entry) => ({ ...entry, url: absolute(entry.url), thumbnailUrl: absolute(entry.thumbnailUrl) }));
  await recordUsage(avatarId, "exported", ownerId, { what: "training-manifest", images: manifest.statistics.succeeded, count: manifest.statistics.count });
  return { manifest: { ...manifest, trainingData }, filename: `${trainingFileStem(manifest.avatarName)}-training-manifest.json` };
}
