"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionUser } from "@/lib/auth/current-user";
import { actionError, formValues, validatedActionWithUser, type ActionState } from "@/lib/auth/validated-action";
import { avatarInputFromForm } from "@/lib/avatars/avatar-form-input";
import { avatarNameSchema, createAvatarSchema, generateAvatarSchema, updateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { createAvatar } from "@/lib/avatars/create-avatar";
import { deleteAvatar } from "@/lib/avatars/delete-avatar";
import { generateAvatar } from "@/lib/avatars/generate-avatar";
import { updateAvatar } from "@/lib/avatars/update-avatar";
import { uploadAvatar } from "@/lib/avatars/upload-avatar";
import { retryGeneration } from "@/lib/generations/retry-generation";

const withProject = z.object({ projectId: z.string().min(1) });
const withAvatar = z.object({ avatarId: z.string().min(1), projectId: z.string().min(1) });

export const generateAvatarAction = validatedActionWithUser(
  z.object({ projectId: z.string().min(1), input: generateAvatarSchema }),
  async ({ projectId, input }, user) => {
    const { avatar } = await generateAvatar(user.id, projectId, input);
    redirect(`/projects/${projectId}/avatars/${avatar.id}`);
  },
  (values) => ({ projectId: values.projectId, input: avatarInputFromForm(values) }),
);

export const createPersonaAction = validatedActionWithUser(
  z.object({ projectId: z.string().min(1), input: createAvatarSchema }),
  async ({ projectId, input }, user) => {
    const avatar = await createAvatar(user.id, projectId, input);
    redirect(`/projects/${projectId}/avatars/${avatar.id}`);
  },
  (values) => {
    const { name, appearanceDescription, persona, attributes } = avatarInputFromForm(values) as Record<string, unknown>;
    return { projectId: values.projectId, input: { name, appearanceDescription, persona, attributes } };
  },
);

export async function uploadAvatarAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const name = avatarNameSchema.safeParse(values.name);
  if (!name.success) return { error: name.error.issues[0].message, fieldErrors: { name: [name.error.issues[0].message] }, values };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose an image to upload", fieldErrors: { file: ["Choose an image to upload"] }, values };
  let target: string;
  try {
    const user = await requireActionUser();
    const avatar = await uploadAvatar(user.id, values.projectId, {
      name: name.data,
      file: { data: Buffer.from(await file.arrayBuffer()), claimedType: file.type, filename: file.name },
    });
    target = `/projects/${values.projectId}/avatars/${avatar.id}`;
  } catch (error) {
    const state = actionError(error, values);
    return { ...state, fieldErrors: { file: [state.error ?? "Upload failed"] } };
  }
  redirect(target);
}

export const updateAvatarAction = validatedActionWithUser(
  z.object({ avatarId: z.string().min(1), projectId: z.string().min(1), input: updateAvatarSchema }),
  async ({ avatarId, projectId, input }, user) => {
    const avatar = await updateAvatar(user.id, avatarId, input);
    revalidatePath(`/projects/${projectId}/avatars/${avatarId}`);
    return { name: avatar.name };
  },
  (values) => {
    const mapped = avatarInputFromForm(values) as Record<string, unknown>;
    return {
      avatarId: values.avatarId,
      projectId: values.projectId,
      input: {
        name: values.name,
        persona: mapped.persona ?? null,
        attributes: mapped.attributes ?? null,
        appearanceDescription: mapped.appearanceDescription ?? null,
      },
    };
  },
);

export async function deleteAvatarAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = withAvatar.safeParse(formValues(formData));
  if (!parsed.success) return { error: "Missing avatar" };
  try {
    await deleteAvatar((await requireActionUser()).id, parsed.data.avatarId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/projects/${parsed.data.projectId}`);
  redirect(`/projects/${parsed.data.projectId}`);
}

export async function retryGenerationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const generationId = String(formData.get("generationId") ?? "");
  const parsed = withProject.safeParse(formValues(formData));
  try {
    await retryGeneration((await requireActionUser()).id, generationId);
  } catch (error) {
    return actionError(error);
  }
  if (parsed.success) revalidatePath(`/projects/${parsed.data.projectId}`);
  return { ok: Date.now() };
}
