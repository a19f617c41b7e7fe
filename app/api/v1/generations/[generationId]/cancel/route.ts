import { withUser } from "@/lib/api/with-user";
import { cancelGeneration } from "@/lib/generations/cancel-generation";

export const POST = withUser<{ generationId: string }>(async ({ user, params }) => ({ generation: await cancelGeneration(user.id, params.generationId) }));
