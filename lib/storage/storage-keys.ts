/*
 * Deterministic object keys, so a retried job step overwrites instead of duplicating:
 *   avatars/<projectId>/<avatarId>/<imageId>.<ext>        the image
 *   avatars/<projectId>/<avatarId>/<imageId>.thumb.jpg    its 300×300 thumbnail
 * Deleting an avatar or a project deletes its prefix.
 */

const ID = /^[A-Za-z0-9_-]{1,100}$/;

function id(value: string, what: string) {
  if (!ID.test(value)) throw new Error(`Invalid ${what} for a storage key: ${JSON.stringify(value)}`);
  return value;
}

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/** "png" | "jpg" | "webp" for an image MIME type. */
export function extensionForMimeType(mimeType: string) {
  const ext = EXTENSIONS[mimeType];
  if (!ext) throw new Error(`No file extension for ${mimeType}`);
  return ext;
}

export function projectPrefix(projectId: string) {
  return `avatars/${id(projectId, "project id")}/`;
}

export function avatarPrefix(projectId: string, avatarId: string) {
  return `${projectPrefix(projectId)}${id(avatarId, "avatar id")}/`;
}

export function avatarImageKey(projectId: string, avatarId: string, imageId: string, ext: string) {
  const extension = ext.replace(/^\./, "").toLowerCase();
  if (!/^[a-z0-9]{1,5}$/.test(extension)) throw new Error(`Invalid file extension for a storage key: ${JSON.stringify(ext)}`);
  return `${avatarPrefix(projectId, avatarId)}${id(imageId, "image id")}.${extension}`;
}

export function avatarThumbnailKey(projectId: string, avatarId: string, imageId: string) {
  return `${avatarPrefix(projectId, avatarId)}${id(imageId, "image id")}.thumb.jpg`;
}

/** The folder every image key lives under (what the storage sweep lists). */
export const IMAGE_KEYS_PREFIX = "avatars/";

/** The ids in an image or thumbnail key this app wrote; null for any other key. */
export function parseImageKey(key: string): { projectId: string; avatarId: string; imageId: string } | null {
  const match = /^avatars\/([A-Za-z0-9_-]{1,100})\/([A-Za-z0-9_-]{1,100})\/([A-Za-z0-9_-]{1,100})\.(?:thumb\.jpg|[a-z0-9]{1,5})$/.exec(key);
  return match ? { projectId: match[1], avatarId: match[2], imageId: match[3] } : null;
}
