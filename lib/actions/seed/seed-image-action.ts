import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

/** Fields a form leaves empty count as not given, as in a REST body that leaves them out. */
function givenFields(values: Record<string, string>) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
}

/**
 * One seed-image operation as a form action: the hidden avatarId/projectId say where, `input` checks
 * the rest of the fields with the same schema as the REST route, and the avatar page is refreshed
 * after. Field errors are keyed as the form's fields ("reason", not "input.reason").
 */
export function seedImageAction<S extends z.ZodType>(
  input: S,
  run: (ownerId: string, avatarId: string, input: z.infer<S>) => Promise<unknown>,
  readInput: (fields: Record<string, string>, formData: FormData) => unknown = givenFields,
) {
  return validatedActionWithUser(
    z.strictObject({ avatarId: recordIdSchema("Avatar"), ...projectIdField, input }),
    async (data, user) => {
      const { avatarId, projectId, input } = data as { avatarId: string; projectId: string; input: z.infer<S> };
      await run(user.id, avatarId, input);
      revalidatePath(`/projects/${projectId}/avatars/${avatarId}`);
    },
    {
      toInput: ({ avatarId, projectId, ...fields }, formData) => ({ avatarId, projectId, input: readInput(fields, formData) }),
      fieldFor: fieldsUnder("input"),
    },
  );
}
