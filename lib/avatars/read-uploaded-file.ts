import type { UploadedFile } from "./store-base-image-upload";

/** A file from a form or a multipart request, as the upload operations take it. */
export async function readUploadedFile(file: File): Promise<UploadedFile> {
  return { data: Buffer.from(await file.arrayBuffer()), claimedType: file.type, filename: file.name };
}
