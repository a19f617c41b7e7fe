import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { createTokenSchema } from "@/lib/tokens/token-schemas";

export const GET = withUser(async ({ user }) => ({ tokens: await listApiTokens(user.id) }));

export const POST = withUser(async ({ req, user }) => {
  const input = await parseJsonBody(req, createTokenSchema);
  const token = await createApiToken(user.id, input.name);
  return created({ token: token.token, id: token.id, name: token.name });
});

export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });
