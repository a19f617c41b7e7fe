import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { deleteAccount } from "@/lib/users/delete-account";
import { updateUserName } from "@/lib/users/update-user-name";
import { deleteAccountSchema, updateNameSchema } from "@/lib/users/user-schemas";

export const GET = withUser(async ({ user }) => ({ user }));

/** Body `{ name }`; an empty name clears it. */
export const PATCH = withUser(async ({ req, user }) => {
  const { name } = await parseJsonBody(req, updateNameSchema);
  return { user: await updateUserName(user.id, name) };
});

/** Body `{ password }`: deletes the account, its projects, files, tokens and sessions. */
export const DELETE = withUser(async ({ req, user }) => {
  const { password } = await parseJsonBody(req, deleteAccountSchema);
  await deleteAccount(user.id, password);
  return null;
});

export const { POST, PUT, OPTIONS } = refuseOtherMethods({ GET, PATCH, DELETE });
