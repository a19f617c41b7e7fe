"use server";

import { selectVersionSchema } from "@/lib/avatars/seed-image-schemas";
import { selectBaseVersion } from "@/lib/avatars/select-base-version";
import { seedImageAction } from "./seed-image-action";

export const selectBaseVersionAction = seedImageAction(selectVersionSchema, (ownerId, avatarId, { imageId }) => selectBaseVersion(ownerId, avatarId, imageId));
