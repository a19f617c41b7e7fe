import { NotFoundError } from "@/lib/errors";
import { readImageFile, readLinkedImageFile } from "@/lib/images/read-image-file";
import { isValidImageLink } from "@/lib/images/signed-image-link";

type ImageFile = Awaited<ReturnType<typeof readImageFile>>;

function fileResponse(file: ImageFile, download: boolean, cacheControl: string) {
  if ("url" in file && file.url) return Response.redirect(file.url, 302);
  const { data, contentType, filename } = file as { data: Buffer; contentType: string; filename: string };
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": contentType,
      "content-length": String(data.length),
      "cache-control": cacheControl,
      "x-content-type-options": "nosniff",
      ...(download ? { "content-disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}

/** Streams an owner's image; keys never change, so browsers may cache it for a year (privately). */
export async function imageFileResponse(userId: string, imageId: string, variant: "file" | "thumbnail", download: boolean) {
  return fileResponse(await readImageFile(userId, imageId, variant), download, "private, max-age=31536000, immutable");
}

/** Serves the image of a signed link (`?exp=&sig=` on `url`); tampered or expired reads as not found. Cached an hour at most. */
export async function signedImageFileResponse(url: string, imageId: string) {
  const query = new URL(url).searchParams;
  if (!isValidImageLink(imageId, query.get("exp"), query.get("sig"))) throw new NotFoundError("Image");
  return fileResponse(await readLinkedImageFile(imageId), query.has("download"), "private, max-age=3600");
}
