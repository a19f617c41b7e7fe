"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateProjectSettingsAction } from "@/lib/actions/projects/update-project-settings";
import { AUTO_APPROVE_HINT, AUTO_APPROVE_OPTIONS } from "@/lib/batches/run/auto-approval";
import type { ProjectView } from "@/lib/projects/project-view";

/** The project's face-check and safety settings; every rule is the REST API's (projectSettingsSchema). */
export function ProjectSettingsForm({ projectId, settings }: { projectId: string; settings: ProjectView["settings"] }) {
  const [saved, setSaved] = useState(false);
  const [state, action] = useFormAction(updateProjectSettingsAction, () => setSaved(true));
  const values = state.values;
  const errors = state.fieldErrors;
  return (
    <form action={action} onChange={() => setSaved(false)} className="max-w-xl space-y-5" noValidate key={state.ok}>
      <input type="hidden" name="projectId" value={projectId} />
      <FormError message={state.error} />
      <TextField
        label="Identity threshold"
        name="identityThreshold"
        type="number"
        inputMode="decimal"
        step="0.01"
        min={0}
        max={1}
        required
        defaultValue={values?.identityThreshold ?? String(settings.identityThreshold)}
        errors={errors?.identityThreshold}
        hint="0–1. An image made from the approved seed whose face scores at least this against the seed is consistent; below it, drifted. The default 0.7 sits between same-person photos (0.80–1.00) and different people (up to 0.64)."
      />
      <TextField
        label="Re-makes of a drifted image"
        name="maxIdentityRetries"
        type="number"
        inputMode="numeric"
        step="1"
        min={0}
        max={5}
        required
        defaultValue={values?.maxIdentityRetries ?? String(settings.maxIdentityRetries)}
        errors={errors?.maxIdentityRetries}
        hint="0–5. A drifted image is made again with a new seed up to this many times (each is a paid call against your quota); the best attempt is kept, and one still drifted is marked for review."
      />
      <SelectField
        label="Approve batch base images automatically"
        name="autoApprove"
        defaultValue={values?.autoApprove ?? settings.autoApprove}
        errors={errors?.autoApprove}
        options={AUTO_APPROVE_OPTIONS}
        hint={`Whether a batch persona gets its variations without a person approving its base image first. ${AUTO_APPROVE_HINT}`}
      />
      <div className="space-y-1.5">
        <label className="flex items-start gap-2 text-sm font-medium text-zinc-700">
          <input
            type="checkbox"
            name="allowExplicit"
            defaultChecked={values ? values.allowExplicit === "on" : settings.allowExplicit}
            aria-describedby="allow-explicit-hint"
            className="mt-0.5 size-4 accent-brand-600"
          />
          Allow explicit images in exports
        </label>
        <p id="allow-explicit-hint" className="text-xs text-zinc-500">
          {errors?.allowExplicit?.[0] ?? "Off by default: images the content check flags stay blurred and are left out of exports."}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Saving…">Save settings</SubmitButton>
        {saved && !state.error && (
          <p role="status" className="text-sm text-emerald-700">
            Settings saved
          </p>
        )}
      </div>
    </form>
  );
}
