"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionUser } from "@/lib/auth/current-user";
import { actionError, formValues, zodFieldErrors, type ActionState } from "@/lib/auth/validated-action";
import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { rejectSeedImage } from "@/lib/avatars/reject-seed-image";
import { requestSeedGeneration } from "@/lib/avatars/request-seed-generation";
import { requestVariations } from "@/lib/avatars/request-variations";
import { approveSchema, rejectSchema, seedGenerateSchema, selectVersionSchema, variationsSchema } from "@/lib/avatars/seed-image-schemas";
import { selectBaseVersion } from "@/lib/avatars/select-base-version";
import { BadRequestError } from "@/lib/errors";
import { unlockAppearance } from "@/lib/avatars/unlock-appearance";
import { uploadSeedImage } from "@/lib/avatars/upload-seed-image";
import type { PublicUser } from "@/lib/users/create-user";

const target = z.object({ avatarId: z.string().min(1).max(100), projectId: z.string().min(1).max(100) });

/**
 * One seed-image operation as a form action: the hidden avatarId/projectId say where, `schema` checks
 * the rest of the fields (the same schema as the REST route), and the avatar page is refreshed after.
 */
function seedAction<S extends z.ZodType>(schema: S, run: (user: PublicUser, avatarId: string, input: z.infer<S>, formData: FormData) => Promise<unknown>) {
  return async (_state: ActionState, formData: FormData): Promise<ActionState> => {
    const { avatarId, projectId, ...rest } = formValues(formData);
    const where = target.safeParse({ avatarId, projectId });
    const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== ""));
    const parsed = schema.safeParse(fields);
    if (!where.success) return { error: "Missing avatar" };
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error);
      return { error: Object.values(fieldErrors)[0]?.[0], fieldErrors, values: rest };
    }
    try {
      await run(await requireActionUser(), where.data.avatarId, parsed.data, formData);
    } catch (error) {
      return actionError(error, rest);
    }
    revalidatePath(`/projects/${where.data.projectId}/avatars/${where.data.avatarId}`);
    return { ok: Date.now() };
  };
}

export const approveAction = seedAction(approveSchema, (user, avatarId, { imageId }) => approveSeedImage(user.id, avatarId, imageId));
export const rejectAction = seedAction(rejectSchema, (user, avatarId, { reason }) => rejectSeedImage(user.id, avatarId, reason));
export const unlockAction = seedAction(z.object({}), (user, avatarId) => unlockAppearance(user.id, avatarId));
export const selectVersionAction = seedAction(selectVersionSchema, (user, avatarId, { imageId }) => selectBaseVersion(user.id, avatarId, imageId));
export const generateSeedAction = seedAction(seedGenerateSchema, (user, avatarId, input) => requestSeedGeneration(user.id, avatarId, input));
export const variationsAction = seedAction(variationsSchema, (user, avatarId, input) => requestVariations(user.id, avatarId, input));
export const uploadSeedAction = seedAction(z.object({}).passthrough(), async (user, avatarId, _input, formData) => {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) throw new BadRequestError("Choose an image to upload");
  return uploadSeedImage(user.id, avatarId, { data: Buffer.from(await file.arrayBuffer()), claimedType: file.type, filename: file.name });
});
