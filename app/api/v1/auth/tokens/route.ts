import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withPublic } from "@/lib/api/with-user";
import { clientAddress } from "@/lib/http/client-address";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { loginTokenSchema } from "@/lib/tokens/token-schemas";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";

/** CLI login: email + password in, a personal API token out (429 with Retry-After after too many failures). */
export const POST = withPublic(async ({ req }) => {
  const input = await parseJsonBody(req, loginTokenSchema);
  const user = await signInWithPassword(input.email, input.password, clientAddress(req.headers));
  const token = await createApiToken(user.id, input.name);
  return created({ token: token.token, id: token.id, name: token.name });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
