import { z } from "zod";
import { recordIdSchema } from "@/lib/validation/record-id";

export const projectNameSchema = z
  .string({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(100, "Name must be at most 100 characters");

export const projectDescriptionSchema = z
  .string({ error: "Description must be text" })
  .trim()
  .max(2000, "Description must be at most 2,000 characters")
  .nullable()
  .optional()
  .transform((value) => (value === undefined ? undefined : value || null));

export const createProjectSchema = z.strictObject({
  name: projectNameSchema,
  description: projectDescriptionSchema,
});

/** Whether a batch persona's base image is approved without a person looking at it. */
export const AUTO_APPROVE_VALUES = ["always", "if-quality-good", "never"] as const;
export type AutoApprove = (typeof AUTO_APPROVE_VALUES)[number];
export const autoApproveSchema = z.enum(AUTO_APPROVE_VALUES, { error: 'autoApprove must be "always", "if-quality-good" or "never"' });

/** Per-project face-check and safety settings (lib/faces, lib/safety). */
export const projectSettingsSchema = z.strictObject({
  identityThreshold: z
    .number({ error: "Identity threshold must be a number between 0 and 1" })
    .min(0, "Identity threshold must be between 0 and 1")
    .max(1, "Identity threshold must be between 0 and 1")
    .optional(),
  maxIdentityRetries: z
    .number({ error: "Re-makes of a drifted image must be a whole number from 0 to 5" })
    .int("Re-makes of a drifted image must be a whole number from 0 to 5")
    .min(0, "Re-makes of a drifted image must be a whole number from 0 to 5")
    .max(5, "Re-makes of a drifted image must be a whole number from 0 to 5")
    .optional(),
  autoApprove: autoApproveSchema.optional(),
  allowExplicit: z.boolean({ error: "allowExplicit must be true or false" }).optional(),
});
export type ProjectSettingsInput = z.infer<typeof projectSettingsSchema>;

export const updateProjectSchema = z
  .strictObject({
    name: projectNameSchema.optional(),
    description: projectDescriptionSchema,
    settings: projectSettingsSchema.optional(),
  })
  .refine((value) => value.name !== undefined || value.description !== undefined || Object.values(value.settings ?? {}).some((v) => v !== undefined), {
    message: "Nothing to update: send name, description and/or settings",
  });

export type CreateProjectInput = z.infer<typeof createProjectSchema>;
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

/** Forms that act on an existing project carry its id in a hidden field. */
export const projectIdField = { projectId: recordIdSchema("Project") };
