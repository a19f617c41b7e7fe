"use server";

import { requestSeedGeneration } from "@/lib/avatars/request-seed-generation";
import { seedGenerateSchema } from "@/lib/avatars/seed-image-schemas";
import { seedImageAction } from "./seed-image-action";

/** New candidates from the persona's description, or (with referenceImageId) a refined draft. */
export const generateSeedImagesAction = seedImageAction(seedGenerateSchema, (ownerId, avatarId, input) => requestSeedGeneration(ownerId, avatarId, input));
