import { z } from "zod";
import { loginTokenSchema } from "@/lib/tokens/token-schemas";
import { signUpSchema } from "@/lib/users/user-schemas";
import type { ApiArea } from "../operation";

const tokenCreated = z.object({ token: z.string().meta({ description: "The secret, shown once: send it as `Authorization: Bearer <token>`" }), id: z.string(), name: z.string() });

export const authArea: ApiArea = {
  tag: "Auth",
  description: "Sign up, and trade an email and password for a personal API token (CLI login).",
  operations: [
    {
      method: "post",
      path: "/api/v1/auth/signup",
      summary: "Create an account",
      auth: false,
      body: signUpSchema,
      bodyExample: { email: "ada@example.com", password: "correct horse battery" },
      responses: { 201: { description: "The new user", schema: z.object({ user: z.looseObject({ id: z.string(), email: z.string() }) }) }, 403: { description: "Sign-up is closed on this server" }, 409: { description: "The email is taken" } },
    },
    {
      method: "post",
      path: "/api/v1/auth/tokens",
      summary: "Log in and get an API token",
      auth: false,
      body: loginTokenSchema,
      bodyExample: { email: "ada@example.com", password: "correct horse battery", name: "my laptop" },
      responses: { 201: { description: "A new personal token", schema: tokenCreated } },
    },
  ],
};
