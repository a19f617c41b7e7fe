import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { BatchExportInput } from "@/lib/batches/export/batch-export-types";
import { streamBatchZip } from "@/lib/batches/export/export-batch-zip";

/** 20 personas with one 64 KiB image each, recording which images have been read. */
function bigBatch(reads: string[], fail?: string): BatchExportInput {
  return {
    batch: { id: "b1", status: "completed", count: 20, brief: null, createdAt: new Date("2025-03-01T10:00:00Z") },
    personas: Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      name: `Persona ${i}`,
      age: null,
      gender: null,
      ethnicity: null,
      bio: null,
      personalityTraits: [],
      status: "approved",
      baseImageUrl: null,
      variationImageUrls: [],
      images: [
        {
          id: `img${i}`,
          kind: "base" as const,
          filename: "base.png",
          mimeType: "image/png",
          data: async () => {
            reads.push(`img${i}`);
            if (`img${i}` === fail) throw new Error("NoSuchKey");
            return Buffer.alloc(64 * 1024, i);
          },
        },
      ],
    })),
  };
}

describe("streamed batch ZIP", () => {
  it("sends its first bytes after reading only the first images, never more than the read-ahead", async () => {
    const reads: string[] = [];
    const reader = streamBatchZip(bigBatch(reads), { readConcurrency: 3 }).stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect([...first.value!.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.length).toBeLessThanOrEqual(6);
    await reader.cancel();
  });

  it("holds every image and a manifest listing each when read to the end", async () => {
    const reads: string[] = [];
    const { stream, manifest } = streamBatchZip(bigBatch(reads));
    const zip = await JSZip.loadAsync(Buffer.from(await new Response(stream).arrayBuffer()));
    expect(reads).toHaveLength(20);
    expect(new Set(reads).size).toBe(20);
    const listed = JSON.parse(await zip.file("manifest.json")!.async("string"));
    expect(listed).toEqual(await manifest);
    expect(listed.files.filter((f: { imageId?: string }) => f.imageId)).toHaveLength(20);
    expect((await zip.file("images/persona-19/base.png")!.async("nodebuffer")).equals(Buffer.alloc(64 * 1024, 19))).toBe(true);
  });

  it("errors the stream with the image that could not be read, and nothing escapes as uncaught", async () => {
    const escaped: unknown[] = [];
    const record = (error: unknown) => escaped.push(error);
    process.on("uncaughtException", record);
    process.on("unhandledRejection", record);
    try {
      const stream = streamBatchZip(bigBatch([], "img7")).stream;
      await expect(new Response(stream).arrayBuffer()).rejects.toThrow("Could not read image img7 of Persona 7 for the export: NoSuchKey");
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(escaped).toEqual([]);
    } finally {
      process.off("uncaughtException", record);
      process.off("unhandledRejection", record);
    }
  });

  it("can be cancelled half way (a client that goes away) without an uncaught error", async () => {
    const escaped: unknown[] = [];
    const record = (error: unknown) => escaped.push(error);
    process.on("uncaughtException", record);
    try {
      const reads: string[] = [];
      const reader = streamBatchZip(bigBatch(reads)).stream.getReader();
      for (let i = 0; i < 3; i++) await reader.read();
      await reader.cancel(new Error("client gone"));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(escaped).toEqual([]);
      expect(reads.length).toBeLessThan(20);
    } finally {
      process.off("uncaughtException", record);
    }
  });
});
