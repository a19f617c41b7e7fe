import { z } from "zod";
import { projectIdField, projectSettingsSchema } from "./project-schemas";

/** The settings form: every field is sent, the rules are projectSettingsSchema's (the REST API's). */
export const projectSettingsFormSchema = z.strictObject({ ...projectIdField, settings: projectSettingsSchema.required() });

const numberOf = (value: string | undefined) => (value === undefined || value.trim() === "" ? value : Number(value));

/** Form strings → the schema's shape: numbers as numbers (text stays text, to be refused with its message), a checkbox as a boolean. */
export function projectSettingsFormInput(values: Record<string, string>) {
  return {
    projectId: values.projectId,
    settings: {
      identityThreshold: numberOf(values.identityThreshold),
      maxIdentityRetries: numberOf(values.maxIdentityRetries),
      autoApprove: values.autoApprove,
      allowExplicit: values.allowExplicit === "on",
    },
  };
}
