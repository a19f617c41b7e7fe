import { recordUsage } from "@/lib/avatars/record-usage";
import { getDb } from "@/lib/db/client";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { EXPLICIT_NOTE_PATH, explicitLeftOutNote, keepExportable } from "@/lib/safety/export-safety";
import { getStorage } from "@/lib/storage";
import { streamZip } from "@/lib/zip/stream-zip";
import { signTrainingManifest } from "../export-training-manifest";
import { getTrainingManifest, trainingFileStem } from "../get-training-manifest";
import { effectiveTriggerWord } from "../trigger-word";
import { planTrainingExport, type TrainingExportFormat, type TrainingExportImage } from "./plan-training-export";

/**
 * The owner's finished training images as one streamed ZIP: plain (with the manifest), or laid out for
 * kohya or ai-toolkit with captions and the avatar's trigger word. Images are read from storage one at
 * a time while the archive is sent. Images flagged as explicit are left out unless the project allows them
 * (README.txt and the manifest's explicitImagesLeftOut say how many). Another user's avatar is 404; no
 * finished image yet is a 400.
 */
export async function exportTrainingSet(ownerId: string, avatarId: string, origin: string, { format, repeats }: { format: TrainingExportFormat; repeats?: number }) {
  const db = await getDb();
  const avatar = await db.avatar.findFirst({ where: { id: avatarId, project: { ownerId } }, select: { id: true, name: true, triggerWord: true, project: { select: { allowExplicit: true } } } });
  if (!avatar) throw new NotFoundError("Avatar");
  const manifest = await getTrainingManifest(ownerId, avatarId);
  const finished = manifest.trainingData.filter((entry) => entry.status === "completed" && entry.imageId);
  if (!finished.length) throw new BadRequestError("The training set has no finished images yet. Generate it first.");
  const found = await db.image.findMany({ where: { avatarId, id: { in: finished.map((entry) => entry.imageId!) } }, select: { id: true, storageKey: true, mimeType: true, safety: true } });
  const { kept: stored, leftOut: explicitImagesLeftOut } = keepExportable(found, avatar.project.allowExplicit);
  const byId = new Map(stored.map((image) => [image.id, image]));
  const images: TrainingExportImage[] = finished.flatMap((entry) => {
    const image = byId.get(entry.imageId!);
    return image ? [{ imageId: image.id, filename: entry.filename, mimeType: image.mimeType, scene: entry.prompt }] : [];
  });
  const stem = trainingFileStem(avatar.name);
  const triggerWord = effectiveTriggerWord(avatar);
  const exportedManifest = { ...manifest, trainingData: manifest.trainingData.filter((entry) => !entry.imageId || byId.has(entry.imageId) || entry.status !== "completed") };
  const manifestJson = `${JSON.stringify({ ...signTrainingManifest(exportedManifest, origin), explicitImagesLeftOut }, null, 2)}\n`;
  const note = explicitLeftOutNote(explicitImagesLeftOut);
  const files = [...planTrainingExport(format, { avatarSlug: stem, triggerWord, images, manifestJson, repeats }), ...(note ? [{ path: EXPLICIT_NOTE_PATH, text: note }] : [])];
  const storage = getStorage();
  const read = async (imageId: string) => {
    const key = byId.get(imageId)!.storageKey;
    const object = await storage.get(key);
    if (!object) throw new Error(`the file ${key} is missing from storage`);
    return object.data;
  };
  await recordUsage(avatarId, "exported", ownerId, { what: "training-set", format, images: images.length, explicitImagesLeftOut });
  const stream = streamZip(
    files.map((file) => ("text" in file ? { path: file.path, data: file.text } : { path: file.path, data: () => read(file.image.imageId), compress: false })),
    { date: manifest.updatedAt ?? undefined },
  );
  return { stream, filename: `${stem}-training-${format}.zip`, triggerWord, images: images.length, explicitImagesLeftOut };
}
