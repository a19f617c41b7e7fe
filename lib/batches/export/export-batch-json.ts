import { personaGeneratorFields } from "./export-batch-csv";
import type { BatchExportBatch, BatchExportInput, BatchExportPersona } from "./batch-export-types";

export const BATCH_EXPORT_FORMAT = "likeness.batch";
export const BATCH_EXPORT_VERSION = 1;

const isoDate = (value: Date | string | null | undefined) => (value instanceof Date ? value.toISOString() : (value ?? null));

function batchDocument(batch: BatchExportBatch) {
  return {
    id: batch.id,
    projectId: batch.projectId ?? null,
    status: batch.status,
    count: batch.count,
    brief: batch.brief,
    constraints: batch.constraints ?? null,
    provider: batch.provider ?? null,
    seed: batch.seed ?? null,
    createdAt: isoDate(batch.createdAt),
    completedAt: isoDate(batch.completedAt),
  };
}

/** `imagePaths` maps image ids to their paths inside a ZIP, when the document travels in one. */
function personaDocument(persona: BatchExportPersona, imagePaths?: ReadonlyMap<string, string>) {
  return {
    ...personaGeneratorFields(persona),
    id: persona.id,
    name: persona.name,
    age: persona.age,
    gender: persona.gender,
    ethnicity: persona.ethnicity,
    bio: persona.bio,
    personalityTraits: [...persona.personalityTraits],
    appearanceDescription: persona.appearanceDescription ?? null,
    attributes: persona.attributes ?? null,
    status: persona.status,
    baseImageUrl: persona.baseImageUrl,
    variationImageUrls: [...persona.variationImageUrls],
    images: (persona.images ?? []).map((image) => ({
      id: image.id,
      kind: image.kind,
      filename: image.filename,
      mimeType: image.mimeType,
      ...(imagePaths?.has(image.id) ? { path: imagePaths.get(image.id) } : {}),
    })),
  };
}

export type BatchExportDocument = ReturnType<typeof buildBatchExportDocument>;

/** The batch as a plain object; dates become ISO strings and image bytes are never included. */
export function buildBatchExportDocument(input: BatchExportInput, imagePaths?: ReadonlyMap<string, string>) {
  return {
    format: BATCH_EXPORT_FORMAT,
    version: BATCH_EXPORT_VERSION,
    batch: batchDocument(input.batch),
    personas: input.personas.map((persona) => personaDocument(persona, imagePaths)),
  };
}

/** Pretty-printed JSON text for a download (Content-Type: application/json). */
export function exportBatchJson(input: BatchExportInput, imagePaths?: ReadonlyMap<string, string>): string {
  return `${JSON.stringify(buildBatchExportDocument(input, imagePaths), null, 2)}\n`;
}
