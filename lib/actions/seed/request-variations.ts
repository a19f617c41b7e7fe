"use server";

import { requestVariations } from "@/lib/avatars/request-variations";
import { variationsSchema } from "@/lib/avatars/seed-image-schemas";
import { seedImageAction } from "./seed-image-action";

export const requestVariationsAction = seedImageAction(variationsSchema, (ownerId, avatarId, input) => requestVariations(ownerId, avatarId, input));
