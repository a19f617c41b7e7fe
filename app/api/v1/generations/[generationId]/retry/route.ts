import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { retryGeneration } from "@/lib/generations/retry-generation";

export const POST = withUser<{ generationId: string }>(async ({ user, params }) =>
  accepted({ generation: await retryGeneration(user.id, params.generationId) }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
