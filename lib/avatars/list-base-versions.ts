import { listAvatarImages } from "@/lib/images/list-avatar-images";

/** Every base image ever made for the avatar (uploads, generations, candidates, refinements), newest first. */
export function listBaseVersions(ownerId: string, avatarId: string) {
  return listAvatarImages(ownerId, avatarId, "base");
}
