import { readImageFile, readLinkedImageFile } from "@/lib/images/read-image-file";

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

/** Serves the image of a signed link (already verified); cached no longer than an hour, as the link expires. */
export async function linkedImageFileResponse(imageId: string, download: boolean) {
  return fileResponse(await readLinkedImageFile(imageId), download, "private, max-age=3600");
}
