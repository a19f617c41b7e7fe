import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { createTrainingPrompt } from "@/lib/training/create-training-prompt";
import { listTrainingPrompts } from "@/lib/training/list-training-prompts";
import { trainingPromptInputSchema } from "@/lib/training/training-prompt-schemas";

type Params = { projectId: string };

export const GET = withUser<Params>(async ({ user, params }) => ({ prompts: await listTrainingPrompts(user.id, params.projectId) }));

export const POST = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, trainingPromptInputSchema);
  return created({ prompt: await createTrainingPrompt(user.id, params.projectId, input) });
});

export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });
