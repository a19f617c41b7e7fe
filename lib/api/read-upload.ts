import { readUploadedFile } from "@/lib/avatars/read-uploaded-file";
import { BadRequestError, PayloadTooLargeError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/images/validate-upload";
import { parseFormData } from "./parse-request";
import type { BodyLimit } from "./read-body";

const MULTIPART_OVERHEAD = 64 * 1024;
const TOO_LARGE = "File too large. Maximum size is 10MB";

/** The largest body any route reads: an upload and its multipart framing. */
export const UPLOAD_BODY_LIMIT: BodyLimit = { maxBytes: MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD, message: TOO_LARGE };

/**
 * The `file` part of a multipart request and its other fields (for a strict schema to check); a body
 * past the upload limit is cut off and refused as it arrives.
 */
export async function readUpload(req: Request) {
  const form = await parseFormData(req, UPLOAD_BODY_LIMIT);
  const file = form.get("file");
  if (!(file instanceof File)) throw new BadRequestError("file: attach an image in the multipart field 'file'");
  if (file.size > MAX_UPLOAD_BYTES) throw new PayloadTooLargeError(TOO_LARGE);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (key !== "file") fields[key] = typeof value === "string" ? value : "(a file)";
  return { fields, file: await readUploadedFile(file) };
}
