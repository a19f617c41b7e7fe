import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { deleteTrainingPrompt } from "@/lib/training/delete-training-prompt";
import { trainingPromptInputSchema } from "@/lib/training/training-prompt-schemas";
import { updateTrainingPrompt } from "@/lib/training/update-training-prompt";

type Params = { projectId: string; promptId: string };

export const PATCH = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, trainingPromptInputSchema);
  return { prompt: await updateTrainingPrompt(user.id, params.projectId, params.promptId, input) };
});

export const DELETE = withUser<Params>(async ({ user, params }) => {
  await deleteTrainingPrompt(user.id, params.projectId, params.promptId);
  return null;
});

export const { GET, POST, PUT, OPTIONS, HEAD } = refuseOtherMethods({ PATCH, DELETE });
