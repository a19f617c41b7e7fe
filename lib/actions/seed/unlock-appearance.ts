"use server";

import { z } from "zod";
import { unlockAppearance } from "@/lib/avatars/unlock-appearance";
import { seedImageAction } from "./seed-image-action";

export const unlockAppearanceAction = seedImageAction(z.strictObject({}), (ownerId, avatarId) => unlockAppearance(ownerId, avatarId));
