import { BadRequestError, ConflictError } from "@/lib/errors";

/**
 * The seed-image state machine, checked in the data layer:
 *   pending_upload → draft (upload or generate) → approved (locks the look) | rejected
 *   rejected → draft (a replacement), approved → draft only by unlocking on purpose.
 */
export interface SeedState {
  baseImageStatus: "pending_upload" | "draft" | "approved" | "rejected";
  appearanceLocked: boolean;
  baseImageId: string | null;
}

export function assertCanReplaceBase(avatar: SeedState) {
  if (avatar.appearanceLocked) {
    throw new ConflictError("Appearance is locked: this persona's base image is approved. Unlock it first to replace the base image.");
  }
}

export function assertCanApprove(avatar: SeedState, imageId?: string) {
  if (avatar.baseImageStatus === "approved") throw new BadRequestError("Baseline is already approved");
  if (!avatar.baseImageId && !imageId) throw new BadRequestError("Cannot approve baseline: persona does not have a base image");
  if (avatar.baseImageStatus === "rejected" && !imageId) {
    throw new BadRequestError("Cannot approve a rejected base image: upload, generate or pick a replacement first");
  }
}

export function assertCanReject(avatar: SeedState) {
  if (!avatar.baseImageId) throw new BadRequestError("Cannot reject: persona does not have a base image");
  if (avatar.appearanceLocked) throw new ConflictError("Appearance is locked: unlock the persona before rejecting its base image");
  if (avatar.baseImageStatus === "rejected") throw new BadRequestError("Base image is already rejected");
}

export function assertCanUnlock(avatar: SeedState) {
  if (!avatar.appearanceLocked) throw new BadRequestError("Appearance is not locked");
}

export function assertApprovedBase(avatar: SeedState): asserts avatar is SeedState & { baseImageId: string } {
  if (avatar.baseImageStatus !== "approved" || !avatar.baseImageId) {
    throw new BadRequestError("Approve a base image first: variations and training images are made from the approved seed image");
  }
}
