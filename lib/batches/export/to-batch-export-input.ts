import { keepExportable } from "@/lib/safety/export-safety";
import type { BatchExportBatch, BatchExportImage, BatchExportInput, BatchExportPersona } from "./batch-export-types";

export interface ExportImageRow {
  id: string;
  kind: "base" | "variation" | "training" | "grid";
  mimeType: string;
  storageKey: string;
  /** Image.safety: a flagged image is left out unless `allowExplicit`. */
  safety?: unknown;
}

/** What the export reads from the database for one persona: its avatar, batch state and images. */
export interface ExportPersonaRow {
  status: string;
  avatar: {
    id: string;
    name: string;
    persona: unknown;
    attributes: unknown;
    appearanceDescription: string | null;
    baseImageStatus: string;
    baseImage: ExportImageRow | null;
  };
  variations: readonly ExportImageRow[];
}

export interface ExportOptions {
  /** Absolute origin for image URLs, e.g. "https://likeness.example.com". */
  baseUrl: string;
  /** Reads an image's bytes from storage (only the ZIP calls it). */
  readImage: (image: ExportImageRow) => Promise<Buffer>;
  /** An image's URL (e.g. a signed link); default the app's owner-only file route under `baseUrl`. */
  imageUrl?: (imageId: string) => string;
  /** The project allows explicit content: flagged images are exported too (default: left out and counted). */
  allowExplicit?: boolean;
}

const ownerImageUrl = (baseUrl: string, imageId: string) => `${baseUrl.replace(/\/+$/, "")}/api/v1/images/${imageId}/file`;

function exportImage(image: ExportImageRow, filename: string, readImage: ExportOptions["readImage"]): BatchExportImage {
  return { id: image.id, kind: image.kind, filename, mimeType: image.mimeType, data: () => readImage(image) };
}

/**
 * Maps database rows to the exporters' shape. The persona's data comes from its avatar as it is now
 * (so edits made after the batch show), gender and ethnicity from its look; image URLs come from
 * `options.imageUrl` (the export passes signed links) or point at the app's owner-only file route.
 * Images flagged as explicit are left out (and counted) unless `options.allowExplicit`.
 */
export function toBatchExportInput(batch: BatchExportBatch, personas: readonly ExportPersonaRow[], options: ExportOptions): BatchExportInput {
  const imageUrl = (imageId: string) => (options.imageUrl ? options.imageUrl(imageId) : ownerImageUrl(options.baseUrl, imageId));
  let explicitImagesLeftOut = 0;
  const exportable = (images: readonly ExportImageRow[]) => {
    const { kept, leftOut } = keepExportable(images, options.allowExplicit ?? false);
    explicitImagesLeftOut += leftOut;
    return kept;
  };
  const exported = personas.map(({ status, avatar: { baseImage: storedBase, ...avatar }, variations: storedVariations }): BatchExportPersona => {
    const baseImage = exportable(storedBase ? [storedBase] : [])[0] ?? null;
    const variations = exportable(storedVariations);
    const persona = (avatar.persona ?? {}) as { age?: number; background?: string; personalityTraits?: string[] };
    const attributes = (avatar.attributes ?? null) as Record<string, unknown> | null;
    const images = [
      ...(baseImage ? [exportImage(baseImage, "base.png", options.readImage)] : []),
      ...variations.map((image, i) => exportImage(image, `variation-${i + 1}.png`, options.readImage)),
    ];
    return {
      id: avatar.id,
      name: avatar.name,
      age: persona.age ?? null,
      gender: typeof attributes?.gender === "string" ? attributes.gender : null,
      ethnicity: typeof attributes?.ethnicity === "string" ? attributes.ethnicity : null,
      bio: persona.background ?? null,
      personalityTraits: persona.personalityTraits ?? [],
      appearanceDescription: avatar.appearanceDescription,
      attributes,
      status: status === "failed" ? "failed" : avatar.baseImageStatus,
      baseImageUrl: baseImage ? imageUrl(baseImage.id) : null,
      variationImageUrls: variations.map((image) => imageUrl(image.id)),
      images,
    };
  });
  return { batch, personas: exported, explicitImagesLeftOut };
}
