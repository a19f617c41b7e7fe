import sharp from "sharp";
import { beginGeneration } from "@/lib/generations/begin-generation";
import { finishGeneration } from "@/lib/generations/finish-generation";
import { generateStoredImage } from "@/lib/generations/generate-stored-image";
import { markImageFailed } from "@/lib/generations/mark-image-failed";
import { saveGeneratedImage } from "@/lib/generations/save-generated-image";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

export type { TestDatabase };

/** A fresh database and DATA_DIR for one test file, wired into lib/ through the environment. */
export function setUpTrainingEnvironment() {
  return setUpLibEnvironment({ label: "training" });
}

export async function createUser(db: TestDatabase, label: string) {
  return (await db.prisma.user.create({ data: { email: `${label}-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "x" } })).id;
}

/** A project with an avatar whose base image (a real stored PNG) is approved, or only a draft. */
export async function createAvatarWithBase(db: TestDatabase, ownerId: string, options: { name?: string; approved?: boolean } = {}) {
  const project = await db.prisma.project.create({ data: { ownerId, name: "Training" } });
  const avatar = await db.prisma.avatar.create({ data: { projectId: project.id, name: options.name ?? "Ava Stone" } });
  const imageId = `base${avatar.id}`;
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#c08040" } }).png().toBuffer();
  const storageKey = avatarImageKey(project.id, avatar.id, imageId, "png");
  await getStorage().put(storageKey, png, "image/png");
  await db.prisma.image.create({
    data: {
      id: imageId,
      avatarId: avatar.id,
      kind: "base",
      storageKey,
      thumbnailKey: avatarThumbnailKey(project.id, avatar.id, imageId),
      mimeType: "image/png",
      width: 64,
      height: 64,
      sizeBytes: png.length,
      md5: "0",
      seed: 7,
      source: "upload",
    },
  });
  const approved = options.approved ?? true;
  await db.prisma.avatar.update({
    where: { id: avatar.id },
    data: { baseImageId: imageId, baseImageStatus: approved ? "approved" : "draft", appearanceLocked: approved },
  });
  return { projectId: project.id, avatarId: avatar.id, baseImageId: imageId };
}

/**
 * Runs a generation's steps in this process, in the order inngest/functions/run-generation.ts does,
 * without a job driver. Indexes in `failAt` fail for good with `message`, like a provider's 400.
 */
export async function runGenerationInline(generationId: string, failAt: number[] = [], message = "Input validation error: prompt rejected") {
  const plan = await beginGeneration(generationId);
  for (let index = 0; index < plan.total; index++) {
    try {
      if (failAt.includes(index)) throw new Error(message);
      const generated = await generateStoredImage(generationId, index);
      await saveGeneratedImage(generationId, index, generated.model);
    } catch (error) {
      await markImageFailed(generationId, index, (error as Error).message);
    }
  }
  return finishGeneration(generationId);
}
