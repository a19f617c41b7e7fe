"use client";

import { useActionState } from "react";
import { createBatchAction } from "@/lib/actions/batches/create-batch";
import { estimateBatchAction } from "@/lib/actions/batches/estimate-batch";
import { CostEstimate } from "@/components/usage/cost-estimate";
import { Button } from "@/components/ui/button";
import { ProviderSelect, usableProvider, type ProviderChoice } from "@/components/providers/provider-select";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { AUTO_APPROVE_HINT, AUTO_APPROVE_OPTIONS } from "@/lib/batches/run/auto-approval";
import type { AutoApprove } from "@/lib/projects/project-schemas";
import { MAX_PERSONA_AGE, MAX_PERSONA_COUNT as MAX_BATCH_SIZE, MIN_PERSONA_AGE } from "@/lib/personas/persona-generation-schemas";

export type ProviderOption = ProviderChoice;

const FIELDS = ["count", "brief", "constraints.genderMix", "constraints.locale", "constraints.ageMin", "constraints.ageMax", "provider", "variationsMode", "autoApprove"];

const GENDER_MIX_LABELS: Record<string, string> = {
  any: "Any (each persona at random)",
  balanced: "Balanced women and men",
  female: "Women only",
  male: "Men only",
  "non-binary": "Non-binary only",
  "mostly-female": "Mostly women",
  "mostly-male": "Mostly men",
  inclusive: "Women, men and some non-binary people",
};

/**
 * How many personas, an optional brief and constraints, and whether (and with which provider) to make
 * images. Errors show beside their fields; the same schema checks the REST API.
 */
export function NewBatchForm({
  projectId,
  providers,
  genderMixes,
  locales,
  autoApprove,
  onCancel,
}: {
  projectId: string;
  providers: ProviderOption[];
  genderMixes: readonly string[];
  locales: readonly { value: string; label: string }[];
  /** The project's setting, the form's default. */
  autoApprove: AutoApprove;
  onCancel?: () => void;
}) {
  const [state, action] = useActionState(createBatchAction, {});
  const errors = state.fieldErrors ?? {};
  const field = (name: string) => errors[name];
  const values = state.values;
  // An error shown beside its field is not repeated at the top.
  const besideField = FIELDS.some((name) => field(name));
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <FormError message={besideField ? undefined : state.error} />
      <TextField
        label="Number of personas"
        name="count"
        type="number"
        min={1}
        max={MAX_BATCH_SIZE}
        required
        autoFocus
        defaultValue={values?.count ?? "5"}
        hint={`1 to ${MAX_BATCH_SIZE}`}
        errors={field("count")}
      />
      <TextAreaField
        label="Brief"
        name="brief"
        rows={2}
        maxLength={500}
        placeholder="European tech professionals aged 25–40"
        defaultValue={values?.brief}
        hint="Optional: who these people are"
        errors={field("brief")}
      />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-zinc-700">Constraints (optional)</legend>
        <SelectField
          label="Gender mix"
          name="genderMix"
          placeholder="From the brief"
          options={genderMixes.map((mix) => ({ value: mix, label: GENDER_MIX_LABELS[mix] ?? mix }))}
          defaultValue={values?.genderMix ?? ""}
          errors={field("constraints.genderMix")}
        />
        <SelectField label="Locale" name="locale" placeholder="From the brief" options={locales} defaultValue={values?.locale ?? ""} errors={field("constraints.locale")} />
        <TextField label="Minimum age" name="ageMin" type="number" min={MIN_PERSONA_AGE} max={MAX_PERSONA_AGE} placeholder={String(MIN_PERSONA_AGE)} defaultValue={values?.ageMin} errors={field("constraints.ageMin")} />
        <TextField label="Maximum age" name="ageMax" type="number" min={MIN_PERSONA_AGE} max={MAX_PERSONA_AGE} placeholder={String(MAX_PERSONA_AGE)} defaultValue={values?.ageMax} errors={field("constraints.ageMax")} />
      </fieldset>
      <label className="flex items-start gap-2 text-sm text-zinc-800">
        <input type="checkbox" name="images" defaultChecked={values ? values.images === "on" : true} className="mt-0.5 size-4 rounded border-zinc-300" />
        <span>
          Generate images
          <span className="block text-xs text-zinc-500">A base portrait per persona, approved as its seed, plus 4 variations of it.</span>
        </span>
      </label>
      <div className="grid gap-4">
        <ProviderSelect
          label="Image provider"
          providers={providers}
          needs={["reference"]}
          defaultValue={usableProvider(providers, values?.provider, ["reference"])}
          errors={field("provider")}
        />
        <SelectField
          label="Variations"
          name="variationsMode"
          defaultValue={values?.variationsMode ?? "separate"}
          options={[
            { value: "separate", label: "4 separate images" },
            { value: "grid", label: "One 2×2 grid (¼ of the calls)" },
          ]}
          errors={field("variationsMode")}
          hint="A grid needs a provider that can draw one"
        />
      </div>
      <SelectField
        label="Approve base images"
        name="autoApprove"
        defaultValue={values?.autoApprove ?? autoApprove}
        options={AUTO_APPROVE_OPTIONS}
        errors={field("autoApprove")}
        hint={`${AUTO_APPROVE_HINT} A base that is not approved gets no variations (they are not charged) until you approve it.`}
      />
      <CostEstimate action={estimateBatchAction} />
      <div className="flex justify-end gap-2 pt-2">
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <SubmitButton pendingText="Starting…">Start batch</SubmitButton>
      </div>
    </form>
  );
}
