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

/** What each autoApprove choice means, for the form. */
export const AUTO_APPROVE_LABELS = {
  always: "Always: every batch base image is approved as soon as it is made",
  "if-quality-good": "If the quality check is good: a base with a warning or a poor report waits for review",
  never: "Never: every batch base image waits for a person to approve it",
} as const;
