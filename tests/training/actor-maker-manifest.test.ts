import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config/env";
import { isValidImageLink } from "@/lib/images/signed-image-link";
import { pythonIsoDate, toActorMakerManifest } from "@/lib/training/actor-maker-manifest";
import type { TrainingManifest, TrainingManifestEntry } from "@/lib/training/get-training-manifest";

const saved = process.env.AUTH_SECRET;
beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret";
  resetConfig();
});
afterAll(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
  resetConfig();
});

const entry = (overrides: Partial<TrainingManifestEntry>): TrainingManifestEntry => ({
  id: "t1",
  filename: "ava-stone-01.png",
  url: "/api/v1/images/i1/file",
  thumbnailUrl: "/api/v1/images/i1/thumbnail",
  md5: "f97dfc185bd7a21c66d9a0a63e167191",
  sizeBytes: 799_211,
  width: 1024,
  identity: null,
  safety: null,
  height: 1024,
  createdAt: new Date("2025-10-16T15:34:07.189Z"),
  prompt: "in a café",
  status: "completed",
  errorMessage: null,
  imageId: "i1",
  generationId: "g1",
  ...overrides,
});

describe("actor-maker manifest", () => {
  it("has the actor pipeline's keys and values, finished images only", () => {
    const manifest: TrainingManifest = {
      avatarId: "av_1",
      avatarName: "Ava Stone",
      trainingData: [entry({}), entry({ id: "t2", status: "failed", imageId: null, md5: null, sizeBytes: null, createdAt: null })],
      statistics: { count: 2, succeeded: 1, failed: 1, pending: 0 },
      updatedAt: new Date("2025-10-17T16:46:12.330Z"),
    };
    const out = toActorMakerManifest(manifest, "https://studio.example", new Date("2025-10-18T00:00:00Z"));
    expect(Object.keys(out)).toEqual(["character_id", "training_data", "statistics", "training_data_updated"]);
    expect(out).toMatchObject({
      character_id: "av_1",
      statistics: { training_images_count: 1, training_synced_count: 1 },
      training_data_updated: "2025-10-17T16:46:12.330000",
    });
    const [image] = out.training_data;
    expect(Object.keys(image)).toEqual(["filename", "s3_url", "md5_hash", "size_bytes", "size_mb", "modified_timestamp", "modified_date", "status"]);
    expect(image).toMatchObject({
      filename: "ava-stone-01.png",
      md5_hash: "f97dfc185bd7a21c66d9a0a63e167191",
      size_bytes: 799_211,
      size_mb: 0.76,
      modified_timestamp: 1760628847.189,
      modified_date: "2025-10-16T15:34:07.189000",
      status: "synced",
    });
    const link = new URL(image.s3_url);
    expect(link.pathname).toBe("/api/v1/links/images/i1");
    expect(isValidImageLink("i1", link.searchParams.get("exp"), link.searchParams.get("sig"), new Date("2025-10-18T00:00:00Z"))).toBe(true);
  });

  it("writes dates as Python's isoformat does", () => {
    expect(pythonIsoDate(new Date("2026-01-02T03:04:05.006Z"))).toBe("2026-01-02T03:04:05.006000");
  });
});
