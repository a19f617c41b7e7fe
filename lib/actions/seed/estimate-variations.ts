"use server";

import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { estimateVariations } from "@/lib/avatars/estimate-variations";
import { variationsSchema } from "@/lib/avatars/seed-image-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

/** What 4 variations would cost with the form's provider (nothing is queued). */
export const estimateVariationsAction = validatedActionWithUser(
  z.strictObject({ avatarId: recordIdSchema("Avatar"), input: variationsSchema }),
  ({ avatarId, input }, user) => estimateVariations(user.id, avatarId, input),
  {
    toInput: (values) => ({
      avatarId: values.avatarId,
      input: { ...(values.provider ? { provider: values.provider } : {}), ...(values.mode ? { mode: values.mode } : {}) },
    }),
  },
);
