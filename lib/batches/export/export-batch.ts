import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { signedImageUrl } from "@/lib/images/signed-image-link";
import { getStorage } from "@/lib/storage";
import { batchStatusName } from "../batch-status-name";
import { exportBatchCsv } from "./export-batch-csv";
import { exportBatchJson } from "./export-batch-json";
import { streamBatchZip } from "./export-batch-zip";
import { toBatchExportInput, type ExportImageRow } from "./to-batch-export-input";

export const BATCH_EXPORT_FORMATS = ["json", "csv", "zip"] as const;
export type BatchExportFormat = (typeof BATCH_EXPORT_FORMATS)[number];

export const batchExportQuerySchema = z.strictObject({
  format: z.enum(BATCH_EXPORT_FORMATS, { error: `format must be one of: ${BATCH_EXPORT_FORMATS.join(", ")}` }).default("json"),
});

const CONTENT_TYPES: Record<BatchExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  zip: "application/zip",
};

const imageFields = { id: true, kind: true, mimeType: true, storageKey: true, safety: true } as const;

async function readStoredImage(image: ExportImageRow) {
  const object = await getStorage().get(image.storageKey);
  if (!object) throw new Error(`the file ${image.storageKey} is missing from storage`);
  return object.data;
}

/**
 * The owner's batch as a download: JSON (everything), CSV (one row per persona with image URLs) or a
 * ZIP (the images, batch.json, personas.csv and a manifest). Image URLs are signed links under `baseUrl`
 * that work without a token until EXPORT_LINK_TTL. Images flagged as explicit are left out unless the project
 * allows explicit content (the ZIP's manifest and README.txt say how many).
 */
export async function exportBatch(ownerId: string, batchId: string, format: BatchExportFormat, options: { baseUrl: string }) {
  const db = await getDb();
  const batch = await db.batch.findFirst({
    where: { id: batchId, project: { ownerId } },
    select: {
      id: true,
      projectId: true,
      project: { select: { allowExplicit: true } },
      status: true,
      count: true,
      brief: true,
      constraints: true,
      provider: true,
      seed: true,
      createdAt: true,
      completedAt: true,
      personas: {
        orderBy: { index: "asc" },
        select: {
          status: true,
          variationsGenerationId: true,
          avatar: {
            select: { id: true, name: true, persona: true, attributes: true, appearanceDescription: true, baseImageStatus: true, baseImage: { select: imageFields } },
          },
        },
      },
    },
  });
  if (!batch) throw new NotFoundError("Batch");
  const { personas, project, ...batchFields } = batch;
  const generationIds = personas.flatMap((p) => (p.variationsGenerationId ? [p.variationsGenerationId] : []));
  const variations = generationIds.length
    ? await db.image.findMany({ where: { generationId: { in: generationIds }, kind: "variation" }, select: { ...imageFields, generationId: true }, orderBy: { id: "asc" } })
    : [];
  const now = new Date();
  const input = toBatchExportInput(
    { ...batchFields, status: batchStatusName(batchFields.status) },
    personas.map((p) => ({ ...p, variations: variations.filter((image) => image.generationId === p.variationsGenerationId) })),
    { baseUrl: options.baseUrl, readImage: readStoredImage, imageUrl: (imageId) => signedImageUrl(options.baseUrl, imageId, { now }), allowExplicit: project.allowExplicit },
  );
  const body: string | ReadableStream<Uint8Array> = format === "json" ? exportBatchJson(input) : format === "csv" ? exportBatchCsv(input) : streamBatchZip(input).stream;
  return { body, contentType: CONTENT_TYPES[format], filename: `likeness-batch-${batch.id}.${format}` };
}
