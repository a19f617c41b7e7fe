import { createHash } from "node:crypto";
import { EXPLICIT_NOTE_PATH, explicitLeftOutNote } from "@/lib/safety/export-safety";
import { streamZip, type ZipEntry } from "@/lib/zip/stream-zip";
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
  /** Images classified as explicit and left out because the project does not allow them (README.txt says so). */
  explicitImagesLeftOut: number;
  /** Every file in the archive except manifest.json itself. */
  files: BatchZipManifestFile[];
}

export interface BatchZipOptions {
  /** Add batch.json (default true). */
  includeJson?: boolean;
  /** Add personas.csv (default true). */
  includeCsv?: boolean;
  /** How many images are read ahead of the one being written (default 4); storage is usually the bottleneck. */
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

/**
 * Reads item `i` when asked and starts the next `ahead - 1` reads, so storage latency overlaps the
 * writing while memory holds at most `ahead` images.
 */
function readAhead<T, R>(items: readonly T[], ahead: number, read: (item: T) => Promise<R>): (index: number) => Promise<R> {
  const pending = new Map<number, Promise<R>>();
  const start = (index: number) => {
    if (index >= items.length || pending.has(index)) return;
    const promise = read(items[index]);
    promise.catch(() => {}); // a read ahead of a failure is never awaited
    pending.set(index, promise);
  };
  return (index) => {
    for (let i = index; i < index + Math.max(1, ahead); i++) start(i);
    const promise = pending.get(index)!;
    pending.delete(index);
    return promise;
  };
}

/**
 * Guards streamZip's two failure paths. Its own reader failure leaves yazl emitting an "error" nobody
 * listens to (an unhandled rejection), so readers given to it never reject: a failure errors this stream
 * and leaves that read unsettled. Cancelling a Readable.toWeb stream while it flows throws "Controller
 * is already closed" on Node 20 (an uncaught exception), so a cancelled or failed archive is never
 * cancelled underneath: it stops being pulled, stalls on backpressure and is collected with this stream.
 */
function guardedZip(build: (fail: (error: Error) => Promise<never>) => ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  let reject!: (error: Error) => void;
  const failed = new Promise<never>((_, rejectWith) => (reject = rejectWith));
  failed.catch(() => {});
  const reader = build((error) => {
    reject(error);
    return new Promise<never>(() => {});
  }).getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await Promise.race([reader.read(), failed]);
        if (chunk.done) controller.close();
        else controller.enqueue(chunk.value);
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");

const batchDate = (input: BatchExportInput) => {
  const stamp = new Date(input.batch.completedAt ?? input.batch.createdAt);
  return Number.isNaN(stamp.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : stamp;
};

/**
 * The archive as a stream: images/<persona-slug>/<file>, batch.json, personas.csv and manifest.json
 * with the size and MD5 of every other file. Entries are written one at a time as the reader pulls, each
 * image read from storage only when the archive nears it, so memory holds a few images, never the batch.
 * `manifest` resolves once the archive has been written. A failed read errors the stream.
 */
export function streamBatchZip(input: BatchExportInput, options: BatchZipOptions = {}): { stream: ReadableStream<Uint8Array>; manifest: Promise<BatchZipManifest> } {
  const files: BatchZipManifestFile[] = [];
  let resolveManifest!: (manifest: BatchZipManifest) => void;
  const manifest = new Promise<BatchZipManifest>((resolve) => (resolveManifest = resolve));
  const text = (path: string, content: () => string, mimeType: string): ZipEntry => ({
    path,
    data: async () => {
      const data = Buffer.from(content(), "utf8");
      files.push({ path, size: data.length, md5: md5(data), mimeType });
      return data;
    },
  });

  const planned = planImagePaths(input);
  const note = explicitLeftOutNote(input.explicitImagesLeftOut ?? 0);
  const read = readAhead(planned, options.readConcurrency ?? 4, readImage);
  const entries = (fail: (error: Error) => Promise<never>): ZipEntry[] => [
    ...planned.map((entry, index): ZipEntry => ({
      path: entry.path,
      // Images are already compressed; deflating them again costs time and saves nothing.
      compress: false,
      data: async () => {
        const data = await read(index).catch(fail);
        files.push({ path: entry.path, size: data.length, md5: md5(data), mimeType: entry.image.mimeType, personaId: entry.personaId, imageId: entry.image.id, kind: entry.image.kind });
        return data;
      },
    })),
    ...(options.includeJson ?? true ? [text("batch.json", () => exportBatchJson(input, new Map(planned.map((entry) => [entry.image.id, entry.path]))), "application/json")] : []),
    ...(options.includeCsv ?? true ? [text("personas.csv", () => exportBatchCsv(input), "text/csv")] : []),
    ...(note ? [text(EXPLICIT_NOTE_PATH, () => note, "text/plain")] : []),
    {
      path: "manifest.json",
      data: async () => {
        const done: BatchZipManifest = { format: "likeness.batch-zip", version: 1, batchId: input.batch.id, explicitImagesLeftOut: input.explicitImagesLeftOut ?? 0, files };
        resolveManifest(done);
        return Buffer.from(`${JSON.stringify(done, null, 2)}\n`, "utf8");
      },
    },
  ];
  return { stream: guardedZip((fail) => streamZip(entries(fail), { date: batchDate(input) })), manifest };
}

/** The whole archive as one Buffer (Content-Type: application/zip), for tests and small batches. */
export async function exportBatchZip(input: BatchExportInput, options: BatchZipOptions = {}): Promise<Buffer> {
  return Buffer.from(await new Response(streamBatchZip(input, options).stream).arrayBuffer());
}
