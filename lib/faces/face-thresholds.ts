/**
 * Every limit the face checks use, in one place. Measured on the crops in tests/fixtures/faces (see its
 * README): sharp portraits scored 139–563 on the sharpness scale, the same crops blurred with sharp's
 * blur(1.5) 33–64, with blur(3) 6–16.
 */
export const FACE_THRESHOLDS = {
  /** Laplacian variance of the face resized to SHARPNESS_SIDE px; below this the image is blurry. */
  blurryBelow: 25,
  /** Face box area / image area; below this the face is too small for a seed (a 90 px face in 690 px: 0.011). */
  smallFaceBelow: 0.04,
  /** Absolute yaw or pitch in radians (about 30°) beyond which the head is not frontal. */
  turnedAwayAbove: 0.52,
  /** Mean luminance of the face, 0–1. */
  tooDarkBelow: 0.15,
  tooBrightAbove: 0.9,
} as const;

/** The side (px) the face is resized to before measuring sharpness, so photos of any size compare. */
export const SHARPNESS_SIDE = 128;

/**
 * Default project identity threshold. Measured with @vladmandic/human's faceres descriptors on the fixtures:
 * the same face flipped, recoloured, lightly cropped or lightly blurred scored 0.80–1.00; different people
 * 0.09–0.64 (the highest: two young women with similar hair). 0.7 sits between the two groups.
 */
export const DEFAULT_IDENTITY_THRESHOLD = 0.7;
