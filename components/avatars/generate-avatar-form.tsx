"use client";

import { useActionState, useRef, useState } from "react";
import { generateAvatarAction } from "@/lib/actions/avatars/generate-avatar";
import { ProviderSelect, usableProvider, type ProviderChoice } from "@/components/providers/provider-select";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { avatarInputFromForm } from "@/lib/avatars/avatar-form-input";
import { buildPrompt } from "@/lib/avatars/build-prompt";
import { DEFAULT_IMAGE_SIZE, IMAGE_SIZES, imageSizeId } from "@/lib/avatars/persona-schemas";
import { AttributeFields, PersonaFields } from "./persona-fields";

function previewFrom(form: HTMLFormElement | null) {
  if (!form) return null;
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => typeof value === "string" && (values[key] = value));
  const input = avatarInputFromForm(values) as { prompt?: string; persona?: object; attributes?: object; negativePrompt?: string };
  if (!input.prompt?.trim()) return null;
  return buildPrompt({ prompt: input.prompt ?? "", persona: input.persona, attributes: input.attributes, negativePrompt: input.negativePrompt });
}

/** A line in place of a field the chosen provider cannot honour. */
function Unsupported({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5">
      <p className="text-sm font-medium text-zinc-700">{label}</p>
      <p className="rounded-md border border-dashed border-zinc-300 px-3 py-2 text-xs text-zinc-500">{children}</p>
    </div>
  );
}

export function GenerateAvatarForm({ projectId, providers }: { projectId: string; providers: ProviderChoice[] }) {
  const [state, action] = useActionState(generateAvatarAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<ReturnType<typeof previewFrom>>(null);
  const refresh = () => setPreview(previewFrom(formRef.current));
  const errors = state.fieldErrors;
  const field = (name: string) => errors?.[name];
  const values = state.values ?? {};
  const [providerName, setProviderName] = useState<string>(() => usableProvider(providers, values.provider));
  const chosen = providers.find((provider) => provider.name === providerName) ?? providers[0];
  return (
    <form ref={formRef} action={action} onChange={refresh} className="grid gap-8 lg:grid-cols-[1fr_24rem]" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <div className="space-y-8">
        <FormError message={state.error} />
        <section className="space-y-4">
          <TextField label="Name" name="name" required maxLength={100} autoFocus defaultValue={values.name} errors={field("name")} />
          <TextAreaField
            label="Prompt"
            name="prompt"
            required
            rows={3}
            maxLength={2000}
            placeholder="Confident product designer in a bright studio"
            defaultValue={values.prompt}
            errors={field("prompt")}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <ProviderSelect providers={providers} value={providerName} onChange={setProviderName} errors={field("provider")} />
            <SelectField
              label="Size"
              name="size"
              options={IMAGE_SIZES.map((size) => ({ value: imageSizeId(size), label: size.label }))}
              defaultValue={values.size ?? imageSizeId(DEFAULT_IMAGE_SIZE)}
              errors={field("width")}
            />
            {chosen.supports.seed ? (
              <TextField label="Seed" name="seed" inputMode="numeric" placeholder="Random" defaultValue={values.seed} errors={field("seed")} hint="Same seed, same image" />
            ) : (
              <Unsupported label="Seed">This provider ignores seeds: the same prompt can give a different image.</Unsupported>
            )}
            {chosen.supports.quality && (
              <SelectField
                key={chosen.name}
                label="Quality"
                name="quality"
                placeholder={chosen.defaultQuality ? `Default (${chosen.defaultQuality})` : "Default"}
                options={chosen.qualities}
                defaultValue={values.quality ?? ""}
                errors={field("quality")}
              />
            )}
          </div>
          {chosen.supports.negativePrompt ? (
            <TextField label="Negative prompt" name="negativePrompt" hint="Optional: added to the built-in list" defaultValue={values.negativePrompt} errors={field("negativePrompt")} />
          ) : (
            <Unsupported label="Negative prompt">This provider takes no negative prompt; say what to avoid in the prompt instead.</Unsupported>
          )}
        </section>
        <PersonaFields values={values} errors={errors} />
        <AttributeFields values={values} errors={errors} />
      </div>
      <aside className="space-y-4 lg:sticky lg:top-20 lg:self-start">
        <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
          <h2 className="text-sm font-semibold text-zinc-900">Final prompt</h2>
          <p className="mt-2 text-sm text-zinc-700" data-testid="prompt-preview">
            {preview?.prompt ?? <span className="text-zinc-400">Write a prompt to see what will be sent to the model.</span>}
          </p>
          <h2 className="mt-4 text-sm font-semibold text-zinc-900">Negative prompt</h2>
          <p className="mt-2 text-xs text-zinc-600" data-testid="negative-preview">
            {preview?.negativePrompt ?? "—"}
          </p>
        </div>
        <SubmitButton className="w-full" pendingText="Queuing…">
          Generate avatar
        </SubmitButton>
        <p className="text-xs text-zinc-500">Generation runs in the background; you can follow its progress on the avatar page.</p>
      </aside>
    </form>
  );
}
