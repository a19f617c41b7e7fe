import { z } from "zod";
import { changePasswordSchema, deleteAccountSchema, updateNameSchema } from "@/lib/users/user-schemas";
import { noContent } from "../common-schemas";
import type { ApiArea } from "../operation";

const meSchema = z.looseObject({ id: z.string(), email: z.string(), name: z.string().nullable() });

export const accountArea: ApiArea = {
  tag: "Account",
  description: "The caller's own account: name, password, deletion.",
  operations: [
    { method: "get", path: "/api/v1/me", summary: "Who you are", responses: { 200: { description: "The caller", schema: z.object({ user: meSchema }) } } },
    { method: "patch", path: "/api/v1/me", summary: "Change your name", body: updateNameSchema, bodyExample: { name: "Maya" }, responses: { 200: { description: "The caller", schema: z.object({ user: meSchema }) } } },
    {
      method: "delete",
      path: "/api/v1/me",
      summary: "Delete your account",
      description: "Removes your projects, avatars, images and their files, tokens and sessions.",
      body: deleteAccountSchema,
      responses: { 204: noContent },
    },
    {
      method: "post",
      path: "/api/v1/me/password",
      summary: "Change your password",
      description: "Ends every browser session but the caller's. Wrong current passwords count like failed sign-ins.",
      body: changePasswordSchema,
      responses: { 204: noContent },
    },
  ],
};
