import { readUploadedFile } from "@/lib/avatars/read-uploaded-file";
import { BadRequestError, PayloadTooLargeError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/images/upload-limits";
import { parseFormData } from "./parse-request";

const MULTIPART_OVERHEAD = 64 * 1024;

/** The `file` part of a multipart request, refused early when the request is plainly too large. */
export async function readUpload(req: Request) {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD) throw new PayloadTooLargeError(UPLOAD_MESSAGES.tooLarge);
  const form = await parseFormData(req);
  const file = form.get("file");
  if (!(file instanceof File)) throw new BadRequestError("file: attach an image in the multipart field 'file'");
  if (file.size > MAX_UPLOAD_BYTES) throw new PayloadTooLargeError(UPLOAD_MESSAGES.tooLarge);
  return { form, file: await readUploadedFile(file) };
}
