import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withPublic } from "@/lib/api/with-user";
import { createUser } from "@/lib/users/create-user";
import { signUpSchema } from "@/lib/users/user-schemas";

export const POST = withPublic(async ({ req }) => {
  const input = await parseJsonBody(req, signUpSchema);
  return created({ user: await createUser(input) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
