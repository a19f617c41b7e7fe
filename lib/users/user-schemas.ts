import { z } from "zod";

export const emailSchema = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .min(1, "Email is required")
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"));

export const passwordSchema = z
  .string({ error: "Password is required" })
  .min(8, "Password must be at least 8 characters")
  .max(200, "Password must be at most 200 characters");

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z
    .string()
    .trim()
    .max(100, "Name must be at most 100 characters")
    .optional()
    .transform((value) => value || undefined),
});

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(200),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const nameSchema = z
  .string({ error: "Name must be text" })
  .trim()
  .max(100, "Name must be at most 100 characters")
  .transform((value) => value || null);

export const updateNameSchema = z.object({ name: nameSchema }).strict();

const currentPasswordSchema = z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(200);

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordSchema, newPassword: passwordSchema })
  .strict()
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one" });

/** REST: the password alone confirms. */
export const deleteAccountSchema = z.object({ password: currentPasswordSchema }).strict();

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
