/**
 * What the export functions need, decoupled from Prisma rows: the caller maps a Batch and its Avatars
 * (with their Images and storage readers) into these shapes, and the exports stay pure.
 */

/** Image bytes, or a reader that fetches them from storage only when the ZIP is built. */
export type BatchExportImageData = Buffer | Uint8Array | (() => Promise<Buffer | Uint8Array>);

export interface BatchExportImage {
  id: string;
  kind: "base" | "variation" | "training" | "grid";
  /** A file name for the ZIP; folders are stripped and unsafe characters replaced. */
  filename: string;
  mimeType: string;
  data: BatchExportImageData;
}

export interface BatchExportPersona {
  id: string;
  name: string;
  age: number | null;
  gender: string | null;
  ethnicity: string | null;
  bio: string | null;
  personalityTraits: readonly string[];
  appearanceDescription?: string | null;
  attributes?: Record<string, unknown> | null;
  /** The avatar's state, e.g. its baseImageStatus ("draft", "approved", …) or "failed". */
  status: string;
  baseImageUrl: string | null;
  variationImageUrls: readonly string[];
  /** Only the ZIP reads image bytes; JSON and CSV list URLs. */
  images?: readonly BatchExportImage[];
}

export interface BatchExportBatch {
  id: string;
  projectId?: string;
  status: string;
  count: number;
  brief: string | null;
  constraints?: unknown;
  provider?: string | null;
  seed?: number | null;
  createdAt: Date | string;
  completedAt?: Date | string | null;
}

export interface BatchExportInput {
  batch: BatchExportBatch;
  personas: readonly BatchExportPersona[];
  /** Images classified as explicit and left out (the project does not allow them); the ZIP says how many. */
  explicitImagesLeftOut?: number;
}
