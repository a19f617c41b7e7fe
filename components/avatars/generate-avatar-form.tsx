"use client";

import { useActionState, useRef, useState } from "react";
import { generateAvatarAction } from "@/lib/actions/avatars/generate-avatar";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { avatarInputFromForm } from "@/lib/avatars/avatar-form-input";
import { buildPrompt } from "@/lib/avatars/build-prompt";
import { DEFAULT_IMAGE_SIZE, IMAGE_SIZES, imageSizeId } from "@/lib/avatars/persona-schemas";
import { AttributeFields, PersonaFields } from "./persona-fields";

interface ProviderOption {
  name: string;
  label: string;
  available: boolean;
  reason?: string;
}

function previewFrom(form: HTMLFormElement | null) {
  if (!form) return null;
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => typeof value === "string" && (values[key] = value));
  const input = avatarInputFromForm(values) as { prompt?: string; persona?: object; attributes?: object; negativePrompt?: string };
  if (!input.prompt?.trim()) return null;
  return buildPrompt({ prompt: input.prompt ?? "", persona: input.persona, attributes: input.attributes, negativePrompt: input.negativePrompt });
}

export function GenerateAvatarForm({ projectId, providers }: { projectId: string; providers: ProviderOption[] }) {
  const [state, action] = useActionState(generateAvatarAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<ReturnType<typeof previewFrom>>(null);
  const refresh = () => setPreview(previewFrom(formRef.current));
  const errors = state.fieldErrors;
  const field = (name: string) => errors?.[name];
  const values = state.values ?? {};
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
            <SelectField
              label="Size"
              name="size"
              options={IMAGE_SIZES.map((size) => ({ value: imageSizeId(size), label: size.label }))}
              defaultValue={values.size ?? imageSizeId(DEFAULT_IMAGE_SIZE)}
              errors={field("width")}
            />
            <TextField label="Seed" name="seed" inputMode="numeric" placeholder="Random" defaultValue={values.seed} errors={field("seed")} hint="Same seed, same image" />
            <SelectField
              label="Provider"
              name="provider"
              options={providers.map((p) => ({ value: p.name, label: p.available ? p.label : `${p.label} (${p.reason})` }))}
              defaultValue={values.provider ?? "local"}
              errors={field("provider")}
            />
          </div>
          <TextField label="Negative prompt" name="negativePrompt" hint="Optional: added to the built-in list" defaultValue={values.negativePrompt} errors={field("negativePrompt")} />
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
