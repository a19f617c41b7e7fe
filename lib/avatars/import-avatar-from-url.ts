import { z } from "zod";
import { getConfig } from "@/lib/config/env";
import { BadRequestError } from "@/lib/errors";
import { sniffImageType } from "@/lib/images/sniff-image-type";
import { ALLOWED_UPLOAD_TYPES, MAX_UPLOAD_BYTES } from "@/lib/images/validate-upload";
import { safeFetch } from "@/lib/net";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { avatarNameSchema } from "./avatar-schemas";
import { uploadAvatar } from "./upload-avatar";

export const IMPORT_TIMEOUT_MS = 10_000;

export const importAvatarSchema = z.strictObject({
  name: avatarNameSchema,
  imageUrl: z.string({ error: "imageUrl is required" }).trim().min(1, "imageUrl is required").max(2048, "imageUrl must be at most 2,048 characters"),
});
export type ImportAvatarInput = z.infer<typeof importAvatarSchema>;

/** For tests: let the fetch reach these exact addresses (a local server) without opening all private ones. */
export interface ImportNetOptions {
  allowAddresses?: readonly string[];
}

/**
 * The type to validate the bytes against: the server's Content-Type when it names an allowed image type;
 * else (object stores often answer application/octet-stream) what the bytes are, so long as they are an
 * allowed image. Anything else is refused here with what the URL returned.
 */
function claimedTypeOf(contentType: string | undefined, data: Buffer) {
  const given = (contentType ?? "").split(";")[0].trim().toLowerCase().replace("image/jpg", "image/jpeg");
  if ((ALLOWED_UPLOAD_TYPES as readonly string[]).includes(given)) return given;
  const sniffed = sniffImageType(data);
  if (sniffed.mimeType) return sniffed.mimeType;
  throw new BadRequestError(`imageUrl: the URL did not return a PNG, JPEG or WebP image (Content-Type ${given || "none"}; it looks like ${sniffed.looksLike})`);
}

/**
 * A draft avatar from an image at a URL (the actor pipeline starts from a base image in S3). The body is
 * streamed with a 10 s timeout and a 10 MB cap; every connection and redirect hop must go to a public
 * address unless IMPORT_ALLOW_PRIVATE_URLS=true. The bytes then pass the same validation as an upload.
 */
export async function importAvatarFromUrl(ownerId: string, projectId: string, input: ImportAvatarInput, net: ImportNetOptions = {}) {
  await getProjectOrThrow(ownerId, projectId);
  const response = await safeFetch(input.imageUrl, {
    timeoutMs: IMPORT_TIMEOUT_MS,
    maxBytes: MAX_UPLOAD_BYTES,
    overflow: "error",
    allowPrivate: getConfig().IMPORT_ALLOW_PRIVATE_URLS,
    allowAddresses: net.allowAddresses,
    headers: { accept: "image/png, image/jpeg, image/webp" },
  });
  if (response.status < 200 || response.status >= 300) {
    throw new BadRequestError(`imageUrl: the URL answered HTTP ${response.status} instead of an image`);
  }
  if (response.body.length === 0) throw new BadRequestError("imageUrl: the URL returned an empty body");
  const header = response.headers["content-type"];
  const claimedType = claimedTypeOf(Array.isArray(header) ? header[0] : header, response.body);
  const filename = new URL(response.url).pathname.split("/").pop() || undefined;
  return uploadAvatar(ownerId, projectId, { name: input.name, file: { data: response.body, claimedType, filename } }, { via: "import", url: response.url });
}
