import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const DELETE = withUser<{ tokenId: string }>(async ({ user, params }) => {
  await revokeApiToken(user.id, params.tokenId);
  return null;
});

export const { GET, POST, PUT, PATCH, OPTIONS, HEAD } = refuseOtherMethods({ DELETE });
