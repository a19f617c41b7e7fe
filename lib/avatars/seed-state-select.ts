/** What seed-image, variation and training operations read of an avatar. */
export const seedStateSelect = {
  id: true,
  projectId: true,
  batchId: true,
  name: true,
  persona: true,
  attributes: true,
  appearanceDescription: true,
  baseImageStatus: true,
  appearanceLocked: true,
  baseImageId: true,
} as const;
