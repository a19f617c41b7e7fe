/**
 * What an image upload may be, and the words used to refuse it: one place for the server
 * (lib/api/read-upload.ts, validate-upload.ts) and the browser's check when a file is chosen, so both
 * say the same thing. No Node-only imports: the upload field runs in the browser.
 */
export type UploadImageType = "image/png" | "image/jpeg" | "image/webp";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: larger than any camera photo people upload here, small enough to decode safely. */
export const MAX_UPLOAD_PIXELS = 40_000_000;
export const ALLOWED_UPLOAD_TYPES: readonly UploadImageType[] = ["image/png", "image/jpeg", "image/webp"];
const TYPES_BY_EXTENSION: Record<string, UploadImageType> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp" };

export const UPLOAD_MESSAGES = {
  tooLarge: "File too large. Maximum size is 10MB",
  invalidType: `Invalid file type. Allowed: ${ALLOWED_UPLOAD_TYPES.join(", ")}`,
  empty: "The file is empty",
  unreadable: "The image could not be read: the file is damaged or incomplete. Export it again and retry",
  tooManyPixels: `The image is too large to process. Maximum is ${MAX_UPLOAD_PIXELS / 1_000_000} megapixels`,
} as const;

/** The hint beside an upload field. */
export const UPLOAD_HINT = "PNG, JPEG or WebP, up to 10 MB";

/**
 * The type the client says it sent, or null when it is not one we take. Some clients send no type or
 * application/octet-stream; then the filename's extension speaks for it (the bytes are checked later).
 */
export function claimedUploadType(claimedType: string, filename?: string): UploadImageType | null {
  let type = claimedType.split(";")[0].trim().toLowerCase();
  if (type === "image/jpg" || type === "image/pjpeg") type = "image/jpeg";
  if ((type === "" || type === "application/octet-stream") && filename) {
    type = TYPES_BY_EXTENSION[filename.split(".").pop()?.toLowerCase() ?? ""] ?? type;
  }
  return ALLOWED_UPLOAD_TYPES.includes(type as UploadImageType) ? (type as UploadImageType) : null;
}

/** The server's first checks, run on a chosen file before it is sent: its message, or null when it may go. */
export function uploadSelectionProblem(file: { type: string; size: number; name?: string }): string | null {
  if (!claimedUploadType(file.type, file.name)) return UPLOAD_MESSAGES.invalidType;
  if (file.size > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooLarge;
  if (file.size === 0) return UPLOAD_MESSAGES.empty;
  return null;
}
