import { BadRequestError, ConflictError, type AppError } from "@/lib/errors";

/**
 * The seed-image state machine, checked in the data layer and asked by the UI:
 *   pending_upload → draft (upload or generate) → approved (locks the look) | rejected
 *   rejected → draft (a replacement), approved → draft only by unlocking on purpose.
 * Each rule says why an operation is refused (null when it is allowed); the server throws that
 * refusal, the seed panel shows only the operations with none.
 */
export interface SeedState {
  baseImageStatus: "pending_upload" | "draft" | "approved" | "rejected";
  appearanceLocked: boolean;
  baseImageId: string | null;
}

type Refusal = AppError | null;

/** Upload, generate, refine or pick another version: anything that makes a new draft. */
export function replaceBaseRefusal(avatar: SeedState): Refusal {
  if (avatar.appearanceLocked) {
    return new ConflictError("Appearance is locked: this persona's base image is approved. Unlock it first to replace the base image.");
  }
  return null;
}

export function approveRefusal(avatar: SeedState, imageId?: string): Refusal {
  if (avatar.baseImageStatus === "approved") return new BadRequestError("Baseline is already approved");
  if (!avatar.baseImageId && !imageId) return new BadRequestError("Cannot approve baseline: persona does not have a base image");
  if (avatar.baseImageStatus === "rejected" && !imageId) {
    return new BadRequestError("Cannot approve a rejected base image: upload, generate or pick a replacement first");
  }
  return null;
}

export function rejectRefusal(avatar: SeedState): Refusal {
  if (!avatar.baseImageId) return new BadRequestError("Cannot reject: persona does not have a base image");
  if (avatar.appearanceLocked) return new ConflictError("Appearance is locked: unlock the persona before rejecting its base image");
  if (avatar.baseImageStatus === "rejected") return new BadRequestError("Base image is already rejected");
  return null;
}

export function unlockRefusal(avatar: SeedState): Refusal {
  return avatar.appearanceLocked ? null : new BadRequestError("Appearance is not locked");
}

/** Variations and training images are made from the approved seed image only. */
export function approvedBaseRefusal(avatar: SeedState): Refusal {
  if (avatar.baseImageStatus !== "approved" || !avatar.baseImageId) {
    return new BadRequestError("Approve a base image first: variations and training images are made from the approved seed image");
  }
  return null;
}

/** Refining is image-to-image from the current base, so it needs one (and a base that may be replaced). */
export function refineRefusal(avatar: SeedState): Refusal {
  return replaceBaseRefusal(avatar) ?? (avatar.baseImageId ? null : new BadRequestError("There is no base image to refine yet"));
}

function assertNone(refusal: Refusal) {
  if (refusal) throw refusal;
}

export const assertCanReplaceBase = (avatar: SeedState) => assertNone(replaceBaseRefusal(avatar));
export const assertCanApprove = (avatar: SeedState, imageId?: string) => assertNone(approveRefusal(avatar, imageId));
export const assertCanReject = (avatar: SeedState) => assertNone(rejectRefusal(avatar));
export const assertCanUnlock = (avatar: SeedState) => assertNone(unlockRefusal(avatar));

export function assertApprovedBase(avatar: SeedState): asserts avatar is SeedState & { baseImageId: string } {
  assertNone(approvedBaseRefusal(avatar));
}

/** The seed state of an avatar as pages and REST show it (its base image as an object, not an id). */
export function seedStateOf(avatar: Pick<SeedState, "baseImageStatus" | "appearanceLocked"> & { baseImage: { id: string } | null }): SeedState {
  return { baseImageStatus: avatar.baseImageStatus, appearanceLocked: avatar.appearanceLocked, baseImageId: avatar.baseImage?.id ?? null };
}

/** Which seed-image operations the avatar's current state allows: what the seed panel offers. */
export function allowedSeedActions(avatar: SeedState) {
  return {
    approve: !approveRefusal(avatar),
    reject: !rejectRefusal(avatar),
    replaceBase: !replaceBaseRefusal(avatar),
    refine: !refineRefusal(avatar),
    unlock: !unlockRefusal(avatar),
    /** Variations and training sets. */
    useApprovedBase: !approvedBaseRefusal(avatar),
  };
}

export type AllowedSeedActions = ReturnType<typeof allowedSeedActions>;
