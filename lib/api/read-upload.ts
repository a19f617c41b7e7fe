import { readUploadedFile } from "@/lib/avatars/read-uploaded-file";
import { BadRequestError, PayloadTooLargeError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/images/upload-limits";
import { parseFormData } from "./parse-request";
import type { BodyLimit } from "./read-body";

const MULTIPART_OVERHEAD = 64 * 1024;

/** The largest body any route reads: an upload and its multipart framing. */
export const UPLOAD_BODY_LIMIT: BodyLimit = { maxBytes: MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD, message: UPLOAD_MESSAGES.tooLarge };

/**
 * The `file` part of a multipart request and its other fields (for a strict schema to check); a body
 * past the upload limit is cut off and refused as it arrives.
 */
export async function readUpload(req: Request) {
  const form = await parseFormData(req, UPLOAD_BODY_LIMIT);
  const file = form.get("file");
  if (!(file instanceof File)) throw new BadRequestError("file: attach an image in the multipart field 'file'");
  if (file.size > MAX_UPLOAD_BYTES) throw new PayloadTooLargeError(UPLOAD_MESSAGES.tooLarge);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (key !== "file") fields[key] = typeof value === "string" ? value : "(a file)";
  return { fields, file: await readUploadedFile(file) };
}
