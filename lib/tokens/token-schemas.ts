import { z } from "zod";
import { credentialsSchema } from "@/lib/users/user-schemas";

export const tokenNameSchema = z
  .string({ error: "Token name is required" })
  .trim()
  .min(1, "Token name is required")
  .max(100, "Token name must be at most 100 characters");

export const createTokenSchema = z.strictObject({ name: tokenNameSchema });
export const loginTokenSchema = credentialsSchema.extend({ name: tokenNameSchema }).strict();
