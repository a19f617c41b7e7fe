import { readImageFile } from "@/lib/images/read-image-file";

/** Streams an owner's image; keys never change, so browsers may cache it for a year (privately). */
export async function imageFileResponse(userId: string, imageId: string, variant: "file" | "thumbnail", download: boolean) {
  const file = await readImageFile(userId, imageId, variant);
  if ("url" in file && file.url) return Response.redirect(file.url, 302);
  const { data, contentType, filename } = file as { data: Buffer; contentType: string; filename: string };
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": contentType,
      "content-length": String(data.length),
      "cache-control": "private, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      ...(download ? { "content-disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}
