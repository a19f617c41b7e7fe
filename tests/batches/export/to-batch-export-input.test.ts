import JSZip from "jszip";
import { describe, expect, it, vi } from "vitest";
import { exportBatchCsv } from "@/lib/batches/export/export-batch-csv";
import { exportBatchJson } from "@/lib/batches/export/export-batch-json";
import { streamBatchZip } from "@/lib/batches/export/export-batch-zip";
import { toBatchExportInput, type ExportImageRow, type ExportPersonaRow } from "@/lib/batches/export/to-batch-export-input";

const image = (id: string, kind: ExportImageRow["kind"]): ExportImageRow => ({ id, kind, mimeType: "image/png", storageKey: `avatars/p1/a/${id}.png` });

const rows: ExportPersonaRow[] = [
  {
    status: "succeeded",
    avatar: {
      id: "b1p000",
      name: "Lena Fischer",
      persona: { name: "Lena Fischer", age: 31, personalityTraits: ["curious", "dry humour"], background: "UX researcher in Leipzig, sings in a choir." },
      attributes: { gender: "female", ethnicity: "white", hairColor: "blonde" },
      appearanceDescription: "Shoulder-length blonde hair.",
      baseImageStatus: "approved",
      baseImage: image("g1i0", "base"),
    },
    variations: ["g2i0", "g2i1", "g2i2", "g2i3"].map((id) => image(id, "variation")),
  },
  {
    status: "failed",
    avatar: {
      id: "b1p001",
      name: "Jonas Weber",
      persona: { name: "Jonas Weber", age: 44, personalityTraits: ["=calm"] },
      attributes: { gender: "male", ethnicity: "white" },
      appearanceDescription: null,
      baseImageStatus: "pending_upload",
      baseImage: null,
    },
    variations: [],
  },
];

const batch = { id: "b1", projectId: "p1", status: "completed", count: 2, brief: "Germans", createdAt: new Date("2026-01-01T10:00:00Z") };

describe("exports from database rows", () => {
  it("maps avatars to personas with absolute image URLs, look fields and a failed status", () => {
    const readImage = vi.fn(async () => Buffer.from("png"));
    const input = toBatchExportInput(batch, rows, { baseUrl: "https://studio.example/", readImage });
    expect(input.personas[0]).toMatchObject({
      id: "b1p000",
      name: "Lena Fischer",
      age: 31,
      gender: "female",
      ethnicity: "white",
      bio: "UX researcher in Leipzig, sings in a choir.",
      personalityTraits: ["curious", "dry humour"],
      status: "approved",
      baseImageUrl: "https://studio.example/api/v1/images/g1i0/file",
      variationImageUrls: ["g2i0", "g2i1", "g2i2", "g2i3"].map((id) => `https://studio.example/api/v1/images/${id}/file`),
    });
    expect(input.personas[1]).toMatchObject({ status: "failed", bio: null, baseImageUrl: null, variationImageUrls: [], images: [] });
    // JSON and CSV list URLs; only the ZIP reads image bytes.
    exportBatchJson(input);
    exportBatchCsv(input);
    expect(readImage).not.toHaveBeenCalled();
  });

  it("gives a CSV with one row per persona, in order, with image URLs", () => {
    const csv = exportBatchCsv(toBatchExportInput(batch, rows, { baseUrl: "http://x", readImage: async () => Buffer.alloc(0) }));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("http://x/api/v1/images/g1i0/file");
    expect(lines[1]).toContain("http://x/api/v1/images/g2i0/file,http://x/api/v1/images/g2i1/file");
    // A trait starting with "=" cannot run as a spreadsheet formula.
    expect(lines[2]).toContain("'=calm");
  });

  it("puts every image of every persona in the ZIP, read from storage, and lists each in the manifest", async () => {
    const readImage = vi.fn(async (img: ExportImageRow) => Buffer.from(`bytes of ${img.storageKey}`));
    const { stream, manifest } = streamBatchZip(toBatchExportInput(batch, rows, { baseUrl: "http://x", readImage }));
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    expect(readImage).toHaveBeenCalledTimes(5);
    const paths = (await manifest).files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["images/lena-fischer/base.png", "images/lena-fischer/variation-4.png", "batch.json", "personas.csv"]));
    const reopened = await JSZip.loadAsync(bytes);
    expect(await reopened.file("images/lena-fischer/base.png")!.async("string")).toBe("bytes of avatars/p1/a/g1i0.png");
  });
});
