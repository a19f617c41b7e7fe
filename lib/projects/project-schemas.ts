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

/** Per-project face-check settings (lib/faces). */
export const projectSettingsSchema = z.strictObject({
  identityThreshold: z
    .number({ error: "identityThreshold must be a number between 0 and 1" })
    .min(0, "identityThreshold must be between 0 and 1")
    .max(1, "identityThreshold must be between 0 and 1")
    .optional(),
});

export const updateProjectSchema = z
  .strictObject({
    name: projectNameSchema.optional(),
    description: projectDescriptionSchema,
    settings: projectSettingsSchema.optional(),
  })
  .refine((value) => value.name !== undefined || value.description !== undefined || value.settings?.identityThreshold !== undefined, {
    message: "Nothing to update: send name, description and/or settings",
  });

export type CreateProjectInput = z.infer<typeof createProjectSchema>;
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

/** Forms that act on an existing project carry its id in a hidden field. */
export const projectIdField = { projectId: recordIdSchema("Project") };
