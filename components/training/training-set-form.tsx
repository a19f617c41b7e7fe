"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { estimateTrainingSetAction } from "@/lib/actions/training/estimate-training-set";
import { requestTrainingSetAction } from "@/lib/actions/training/request-training-set";
import { CostEstimate } from "@/components/usage/cost-estimate";
import { Button } from "@/components/ui/button";
import { ProviderSelect, usableProvider, type ProviderChoice } from "@/components/providers/provider-select";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Picks the prompts for a training set: the library (all ticked), one-off extra prompts, a provider.
 * Inputs are controlled so a failed submit keeps what was chosen.
 */
export function TrainingSetForm({
  avatarId,
  projectId,
  library,
  donePrompts,
  providers,
}: {
  avatarId: string;
  projectId: string;
  library: string[];
  /** Lower-cased prompts that already have an image; they are skipped, so the form says so. */
  donePrompts: string[];
  providers: ProviderChoice[];
}) {
  const [checked, setChecked] = useState(() => new Set(library));
  const [extra, setExtra] = useState("");
  const [state, action] = useFormAction(requestTrainingSetAction, () => setExtra(""));
  const [provider, setProvider] = useState<string>(() => usableProvider(providers, "local", ["reference"]));
  const done = new Set(donePrompts);
  const toggle = (prompt: string) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (next.has(prompt)) next.delete(prompt);
      else next.add(prompt);
      return next;
    });
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Generate training set">
      <input type="hidden" name="avatarId" value={avatarId} />
      <input type="hidden" name="projectId" value={projectId} />
      <FormError message={state.error} />
      <fieldset className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <legend className="text-sm font-medium text-zinc-700">
            Prompts <span className="font-normal text-zinc-500">({checked.size} of {library.length} chosen)</span>
          </legend>
          <div className="flex gap-1">
            <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setChecked(new Set(library))}>
              All
            </Button>
            <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setChecked(new Set())}>
              None
            </Button>
          </div>
        </div>
        <ul className="grid gap-1.5 sm:grid-cols-2">
          {library.map((prompt) => (
            <li key={prompt}>
              <label className="flex items-start gap-2 text-sm text-zinc-800">
                <input
                  type="checkbox"
                  name="prompt"
                  value={prompt}
                  checked={checked.has(prompt)}
                  onChange={() => toggle(prompt)}
                  className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600"
                />
                <span>
                  {prompt}
                  {done.has(prompt.toLowerCase()) && <span className="ml-1.5 text-xs text-emerald-700">has image</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextAreaField
        label="Extra prompts"
        name="extraPrompts"
        rows={3}
        placeholder={"One per line, e.g.\nplaying guitar on a rooftop at night"}
        value={extra}
        onChange={(event) => setExtra(event.target.value)}
        errors={state.fieldErrors?.extraPrompts}
        hint="Only for this avatar; add prompts for every avatar on the project's Training prompts tab."
      />
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-64">
          <ProviderSelect providers={providers} needs={["reference"]} value={provider} onChange={setProvider} errors={state.fieldErrors?.provider} />
        </div>
        <SubmitButton pendingText="Queuing…">Generate training set</SubmitButton>
      </div>
      <p className="text-xs text-zinc-500">Prompts that already have an image are skipped, so running it again only fills the gaps.</p>
      <CostEstimate action={estimateTrainingSetAction} watch={[...checked].join("|") + provider} />
    </form>
  );
}
