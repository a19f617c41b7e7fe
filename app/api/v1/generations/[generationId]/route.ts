import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { getGenerationOrThrow } from "@/lib/generations/get-generation-or-throw";

export const GET = withUser<{ generationId: string }>(async ({ user, params }) => ({
  generation: await getGenerationOrThrow(user.id, params.generationId),
}));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
