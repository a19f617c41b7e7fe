import { describe, expect, it } from "vitest";
import { projectSettingsFormInput, projectSettingsFormSchema } from "@/lib/projects/project-settings-form";

const projectId = "cmabcdefghijklmnopqrstuvw";
const parse = (values: Record<string, string>) => projectSettingsFormSchema.safeParse(projectSettingsFormInput({ projectId, ...values }));
const messages = (result: ReturnType<typeof parse>) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("the project settings form", () => {
  it("turns the form's strings into the settings the REST API takes", () => {
    const result = parse({ identityThreshold: "0.75", maxIdentityRetries: "3", autoApprove: "never", allowExplicit: "on" });
    expect(result.success).toBe(true);
    expect(result.data?.settings).toEqual({ identityThreshold: 0.75, maxIdentityRetries: 3, autoApprove: "never", allowExplicit: true });
    expect(parse({ identityThreshold: "0.7", maxIdentityRetries: "0", autoApprove: "always" }).data?.settings.allowExplicit).toBe(false);
  });

  it("refuses out-of-range, fractional, empty and unknown values with the API's messages", () => {
    expect(messages(parse({ identityThreshold: "1.5", maxIdentityRetries: "2.5", autoApprove: "sometimes" }))).toEqual({
      "settings.identityThreshold": "Identity threshold must be between 0 and 1",
      "settings.maxIdentityRetries": "Re-makes of a drifted image must be a whole number from 0 to 5",
      "settings.autoApprove": 'autoApprove must be "always", "if-quality-good" or "never"',
    });
    expect(messages(parse({ identityThreshold: "", maxIdentityRetries: "many", autoApprove: "never" }))).toEqual({
      "settings.identityThreshold": "Identity threshold must be a number between 0 and 1",
      "settings.maxIdentityRetries": "Re-makes of a drifted image must be a whole number from 0 to 5",
    });
  });
});
