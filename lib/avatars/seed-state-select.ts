/** What seed-image, variation and training operations read of an avatar. */
export const seedStateSelect = {
  id: true,
  projectId: true,
  batchId: true,
  name: true,
  persona: true,
  attributes: true,
  appearanceDescription: true,
  prompt: true,
  negativePrompt: true,
  baseImageStatus: true,
  rejectionReason: true,
  appearanceLocked: true,
  baseImageId: true,
} as const;
