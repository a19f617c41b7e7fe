import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

/** One review-queue operation as a form action: the hidden imageId/projectId say which; the queue is refreshed after. */
export function reviewAction(run: (ownerId: string, imageId: string) => Promise<unknown>) {
  return validatedActionWithUser(z.strictObject({ imageId: recordIdSchema("Image"), ...projectIdField }), async ({ imageId, projectId }, user) => {
    await run(user.id, imageId);
    revalidatePath(`/projects/${projectId}/review`);
    return { imageId };
  });
}
