import { parseJsonBody } from "@/lib/api/parse-request";
import { created, withPublic } from "@/lib/api/with-user";
import { UnauthorizedError } from "@/lib/errors";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { loginTokenSchema } from "@/lib/tokens/token-schemas";
import { verifyCredentials } from "@/lib/users/verify-credentials";

/** CLI login: email + password in, a personal API token out. */
export const POST = withPublic(async ({ req }) => {
  const input = await parseJsonBody(req, loginTokenSchema);
  const user = await verifyCredentials(input.email, input.password);
  if (!user) throw new UnauthorizedError("Wrong email or password");
  const token = await createApiToken(user.id, input.name);
  return created({ token: token.token, id: token.id, name: token.name });
});
