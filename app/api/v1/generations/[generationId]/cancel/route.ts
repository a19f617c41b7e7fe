import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { cancelGeneration } from "@/lib/generations/cancel-generation";

export const POST = withUser<{ generationId: string }>(async ({ user, params }) => ({ generation: await cancelGeneration(user.id, params.generationId) }));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
