import { z } from "zod";
import { createTokenSchema } from "@/lib/tokens/token-schemas";
import { noContent } from "../common-schemas";
import type { ApiArea } from "../operation";
import { tokenSchema } from "../view-schemas";

export const tokensArea: ApiArea = {
  tag: "Tokens",
  description: "Personal API tokens (Settings → API tokens). A token's secret is shown once.",
  operations: [
    { method: "get", path: "/api/v1/tokens", summary: "List your tokens", responses: { 200: { description: "Your tokens (no secrets)", schema: z.object({ tokens: z.array(tokenSchema) }) } } },
    {
      method: "post",
      path: "/api/v1/tokens",
      summary: "Create a token",
      body: createTokenSchema,
      bodyExample: { name: "pipeline" },
      responses: { 201: { description: "The new token; `token` is its secret, shown only now", schema: z.object({ token: z.string(), id: z.string(), name: z.string() }) } },
    },
    { method: "delete", path: "/api/v1/tokens/{tokenId}", summary: "Revoke a token", responses: { 204: noContent } },
  ],
};
