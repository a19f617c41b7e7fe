import { accepted, withUser } from "@/lib/api/with-user";
import { retryGeneration } from "@/lib/generations/retry-generation";

export const POST = withUser<{ generationId: string }>(async ({ user, params }) =>
  accepted({ generation: await retryGeneration(user.id, params.generationId) }),
);
