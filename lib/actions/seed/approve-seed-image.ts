"use server";

import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { approveSchema } from "@/lib/avatars/seed-image-schemas";
import { seedImageAction } from "./seed-image-action";

export const approveSeedImageAction = seedImageAction(approveSchema, (ownerId, avatarId, { imageId }) => approveSeedImage(ownerId, avatarId, imageId));
