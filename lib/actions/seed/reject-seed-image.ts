"use server";

import { rejectSeedImage } from "@/lib/avatars/reject-seed-image";
import { rejectSchema } from "@/lib/avatars/seed-image-schemas";
import { seedImageAction } from "./seed-image-action";

export const rejectSeedImageAction = seedImageAction(rejectSchema, (ownerId, avatarId, { reason }) => rejectSeedImage(ownerId, avatarId, reason));
