import { createHash } from "node:crypto";
import JSZip from "jszip";
import { describe, expect, it, vi } from "vitest";
import type { BatchExportInput, BatchExportPersona } from "@/lib/batches/export/batch-export-types";
import { BATCH_CSV_COLUMNS, exportBatchCsv } from "@/lib/batches/export/export-batch-csv";
import { exportBatchJson } from "@/lib/batches/export/export-batch-json";
import { exportBatchZip, type BatchZipManifest } from "@/lib/batches/export/export-batch-zip";

/** A strict RFC 4180 reader, written independently of the exporter, so the round trip means something. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
      continue;
    }
    if (c === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    }
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\n" || c === "\r") throw new Error(`bare line break outside quotes at ${i}`);
    else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("last record is not CRLF-terminated");
  return rows;
}

const png = (seed: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from(seed.repeat(50))]);

function persona(overrides: Partial<BatchExportPersona> & Pick<BatchExportPersona, "id" | "name">): BatchExportPersona {
  return {
    age: 31,
    gender: "female",
    ethnicity: "white",
    bio: "Designer in Lyon.",
    personalityTraits: ["curious", "warm"],
    appearanceDescription: "Short auburn hair.",
    attributes: { hairColor: "auburn" },
    status: "approved",
    baseImageUrl: `https://cdn.example/${overrides.id}/base.png`,
    variationImageUrls: [`https://cdn.example/${overrides.id}/v1.png`, `https://cdn.example/${overrides.id}/v2.png`],
    ...overrides,
  };
}

const batch = { id: "batch_1", projectId: "proj_1", status: "completed", count: 3, brief: "French designers", seed: 7, createdAt: new Date("2025-03-01T10:00:00Z") };

const input: BatchExportInput = {
  batch,
  personas: [
    persona({
      id: "p1",
      name: "Zoë Müller",
      bio: 'Says "hello, world", then\nleaves; likes commas, quotes " and\r\nCRLF.',
      personalityTraits: ["calm, mostly", 'says "hi"'],
      images: [
        { id: "img1", kind: "base", filename: "base.png", mimeType: "image/png", data: png("a") },
        { id: "img2", kind: "variation", filename: "../../etc/passwd", mimeType: "image/png", data: async () => png("b") },
        { id: "img3", kind: "variation", filename: "base.png", mimeType: "image/jpeg", data: new Uint8Array(png("c")) },
      ],
    }),
    persona({
      id: "p2",
      name: "Zoe Muller",
      bio: "=HYPERLINK(\"http://evil\")",
      status: "failed",
      baseImageUrl: null,
      variationImageUrls: [],
      age: null,
      images: [{ id: "img4", kind: "base", filename: "base.png", mimeType: "image/png", data: async () => png("d") }],
    }),
    persona({ id: "p3", name: "Łukasz Wiśniewski", gender: "male", images: [] }),
  ],
};

describe("CSV export", () => {
  it("parses back to the same values, one row per persona, with commas, quotes and newlines intact", () => {
    const rows = parseCsv(exportBatchCsv(input, { guardFormulas: false }));
    expect(rows[0]).toEqual([...BATCH_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const [, zoe, zoe2, lukasz] = rows;
    expect(rows[0]).toEqual(["firstname", "lastname", "age", "gender", "ethnicity", "bio", "personality_traits", "status", "avatar_id", "base_image_url", "image_1_url", "image_2_url", "image_3_url", "image_4_url"]);
    expect(zoe).toEqual([
      "Zoë",
      "Müller",
      "31",
      "female",
      "white",
      'Says "hello, world", then\nleaves; likes commas, quotes " and\r\nCRLF.',
      'calm, mostly; says "hi"',
      "approved",
      "p1",
      "https://cdn.example/p1/base.png",
      "https://cdn.example/p1/v1.png",
      "https://cdn.example/p1/v2.png",
      "",
      "",
    ]);
    expect(zoe2[2]).toBe("");
    expect(zoe2[7]).toBe("failed");
    expect(zoe2[9]).toBe("");
    expect(zoe2[10]).toBe("");
    expect(lukasz.slice(0, 2)).toEqual(["Łukasz", "Wiśniewski"]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const rows = parseCsv(exportBatchCsv(input));
    expect(rows[2][5]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(rows[1][5]).toMatch(/^Says/);
  });

  it("can start with a byte order mark for Excel", () => {
    expect(exportBatchCsv(input, { byteOrderMark: true }).startsWith("\uFEFFfirstname,lastname,")).toBe(true);
  });
});

describe("JSON export", () => {
  it("lists the batch and personas without image bytes", () => {
    const document = JSON.parse(exportBatchJson(input));
    expect(document).toMatchObject({ format: "likeness.batch", version: 1, batch: { id: "batch_1", createdAt: "2025-03-01T10:00:00.000Z", completedAt: null } });
    expect(document.personas).toHaveLength(3);
    expect(document.personas[0].images[1]).toEqual({ id: "img2", kind: "variation", filename: "../../etc/passwd", mimeType: "image/png" });
    expect(document.personas[0].bio).toBe(input.personas[0].bio);
  });
});

describe("ZIP export", () => {
  it("holds images per persona folder and a manifest whose sizes and MD5s match the files", async () => {
    const zip = await JSZip.loadAsync(await exportBatchZip(input));
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as BatchZipManifest;

    const imagePaths = manifest.files.filter((f) => f.imageId).map((f) => f.path);
    expect(imagePaths).toEqual([
      "images/zoe-muller/base.png",
      "images/zoe-muller/passwd.png",
      "images/zoe-muller/base.jpg",
      "images/zoe-muller-2/base.png",
    ]);
    const inZip = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    expect(inZip).toEqual([...manifest.files.map((f) => f.path), "manifest.json"].sort());
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(["batch.json", "personas.csv"]));

    for (const file of manifest.files) {
      const data = await zip.file(file.path)!.async("nodebuffer");
      expect(data.length, file.path).toBe(file.size);
      expect(createHash("md5").update(data).digest("hex"), file.path).toBe(file.md5);
    }
    expect(await zip.file("images/zoe-muller/passwd.png")!.async("nodebuffer")).toEqual(png("b"));
    expect(manifest.files.find((f) => f.imageId === "img3")).toMatchObject({ personaId: "p1", kind: "variation", mimeType: "image/jpeg" });

    const document = JSON.parse(await zip.file("batch.json")!.async("string"));
    expect(document.personas[1].images[0].path).toBe("images/zoe-muller-2/base.png");
    expect(parseCsv(await zip.file("personas.csv")!.async("string"))).toHaveLength(4);
  });

  it("gives the same bytes for the same batch", async () => {
    expect((await exportBatchZip(input)).equals(await exportBatchZip(input))).toBe(true);
  });

  it("gives the same bytes whenever it is built, every entry stamped with the batch's date", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2030-06-01T08:00:00Z"));
      const early = await exportBatchZip(input);
      vi.setSystemTime(new Date("2031-01-02T17:43:11Z"));
      const late = await exportBatchZip(input);
      expect(late.equals(early)).toBe(true);
      // Folders are implied by the paths (no folder entries), so no entry can carry the clock.
      const entries = Object.values((await JSZip.loadAsync(late, { createFolders: false })).files);
      expect(entries.filter((f) => f.dir)).toEqual([]);
      for (const entry of entries) expect(entry.date.getUTCFullYear(), entry.name).toBe(2025);
    } finally {
      vi.useRealTimers();
    }
  });

  it("names the image that could not be read", async () => {
    const broken: BatchExportInput = {
      batch,
      personas: [
        persona({
          id: "p9",
          name: "Ana Silva",
          images: [{ id: "img-missing", kind: "base", filename: "base.png", mimeType: "image/png", data: async () => Promise.reject(new Error("NoSuchKey")) }],
        }),
      ],
    };
    await expect(exportBatchZip(broken)).rejects.toThrow("Could not read image img-missing of Ana Silva for the export: NoSuchKey");
  });
});
