import { createHash } from "node:crypto";
import JSZip from "jszip";
import type { BatchExportImage, BatchExportInput } from "./batch-export-types";
import { exportBatchCsv } from "./export-batch-csv";
import { exportBatchJson } from "./export-batch-json";
import { claimUniqueName, safeExportFilename, slugifyExportName } from "./slugify-export-name";

export interface BatchZipManifestFile {
  path: string;
  size: number;
  md5: string;
  mimeType: string;
  personaId?: string;
  imageId?: string;
  kind?: BatchExportImage["kind"];
}

export interface BatchZipManifest {
  format: "likeness.batch-zip";
  version: 1;
  batchId: string;
  /** Every file in the archive except manifest.json itself. */
  files: BatchZipManifestFile[];
}

export interface BatchZipOptions {
  /** Add batch.json (default true). */
  includeJson?: boolean;
  /** Add personas.csv (default true). */
  includeCsv?: boolean;
  /** How many image readers run at once (default 4); storage is usually the bottleneck. */
  readConcurrency?: number;
}

interface PlannedImage {
  path: string;
  personaId: string;
  personaName: string;
  image: BatchExportImage;
}

/** Folder per persona, file per image; names are made unique and safe before anything is read. */
function planImagePaths(input: BatchExportInput): PlannedImage[] {
  const folders = new Set<string>();
  const planned: PlannedImage[] = [];
  for (const persona of input.personas) {
    const folder = claimUniqueName(slugifyExportName(persona.name) || slugifyExportName(persona.id) || "persona", folders);
    const files = new Set<string>();
    for (const image of persona.images ?? []) {
      const filename = claimUniqueName(safeExportFilename(image.filename, image.mimeType, image.id), files);
      planned.push({ path: `images/${folder}/${filename}`, personaId: persona.id, personaName: persona.name, image });
    }
  }
  return planned;
}

async function readImage({ image, personaName }: PlannedImage): Promise<Buffer> {
  try {
    const data = typeof image.data === "function" ? await image.data() : image.data;
    return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  } catch (error) {
    throw new Error(`Could not read image ${image.id} of ${personaName} for the export: ${(error as Error).message}`, { cause: error });
  }
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in input order. */
async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}

const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");

/** The folders above `path`, outermost first, with the archive's date (JSZip would stamp them with the clock). */
function addFolders(zip: JSZip, path: string, date: Date) {
  const parts = path.split("/").slice(0, -1);
  parts.forEach((_, i) => {
    const folder = `${parts.slice(0, i + 1).join("/")}/`;
    if (!zip.files[folder]) zip.file(folder, null, { dir: true, date });
  });
}

/**
 * Builds the archive: images/<persona-slug>/<file>, batch.json, personas.csv and manifest.json with the
 * size and MD5 of every other file. Returns the JSZip so a route can stream it (generateNodeStream).
 * Every image is held in memory until the archive is generated.
 */
export async function buildBatchZip(input: BatchExportInput, options: BatchZipOptions = {}): Promise<{ zip: JSZip; manifest: BatchZipManifest }> {
  const zip = new JSZip();
  // A fixed timestamp makes the same batch export to the same bytes.
  const stamp = new Date(input.batch.completedAt ?? input.batch.createdAt);
  const date = Number.isNaN(stamp.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : stamp;
  const files: BatchZipManifestFile[] = [];
  const addText = (path: string, text: string, mimeType: string) => {
    const data = Buffer.from(text, "utf8");
    zip.file(path, data, { date, compression: "DEFLATE" });
    files.push({ path, size: data.length, md5: md5(data), mimeType });
  };

  const planned = planImagePaths(input);
  const contents = await mapWithLimit(planned, options.readConcurrency ?? 4, readImage);
  planned.forEach((entry, i) => {
    addFolders(zip, entry.path, date);
    // Images are already compressed; deflating them again costs time and saves nothing.
    zip.file(entry.path, contents[i], { date, compression: "STORE" });
    files.push({
      path: entry.path,
      size: contents[i].length,
      md5: md5(contents[i]),
      mimeType: entry.image.mimeType,
      personaId: entry.personaId,
      imageId: entry.image.id,
      kind: entry.image.kind,
    });
  });

  if (options.includeJson ?? true) {
    addText("batch.json", exportBatchJson(input, new Map(planned.map((entry) => [entry.image.id, entry.path]))), "application/json");
  }
  if (options.includeCsv ?? true) addText("personas.csv", exportBatchCsv(input), "text/csv");

  const manifest: BatchZipManifest = { format: "likeness.batch-zip", version: 1, batchId: input.batch.id, files };
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`, { date, compression: "DEFLATE" });
  return { zip, manifest };
}

/** The whole archive as one Buffer (Content-Type: application/zip). */
export async function exportBatchZip(input: BatchExportInput, options: BatchZipOptions = {}): Promise<Buffer> {
  const { zip } = await buildBatchZip(input, options);
  return zip.generateAsync({ type: "nodebuffer", platform: "UNIX" });
}
