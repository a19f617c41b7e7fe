"use client";

import { SelectField } from "@/components/ui/field";
import type { ImageProviderInfo, ProviderSupports } from "@/lib/providers/image/provider-info";

/** What a form needs of the provider list (GET /api/v1/providers gives the same entries). */
export type ProviderChoice = Pick<ImageProviderInfo, "name" | "label" | "available" | "reason" | "supports" | "qualities" | "defaultQuality">;

const NEED_LABELS: Record<keyof ProviderSupports, string> = {
  seed: "no seeds",
  negativePrompt: "no negative prompt",
  reference: "cannot work from a reference image",
  strength: "no strength",
  quality: "no quality setting",
  grid: "cannot make grid variations",
};

/** Why `provider` cannot serve this form (not configured, or lacks something the form needs), or undefined. */
export function providerRefusal(provider: ProviderChoice, needs: (keyof ProviderSupports)[] = []) {
  if (!provider.available) return provider.reason ?? "not configured";
  const missing = needs.find((need) => !provider.supports[need]);
  return missing ? NEED_LABELS[missing] : undefined;
}

/** The first provider this form can use: `preferred` when it can, else local, else any. */
export function usableProvider(providers: ProviderChoice[], preferred: string | undefined, needs: (keyof ProviderSupports)[] = []) {
  const usable = providers.filter((provider) => !providerRefusal(provider, needs));
  return (usable.find((provider) => provider.name === preferred) ?? usable.find((provider) => provider.name === "local") ?? usable[0])?.name ?? "local";
}

/**
 * Every provider, the ones this form cannot use shown disabled with the reason ("Set REPLICATE_API_TOKEN to
 * enable Replicate"), so nothing fails only on submit.
 */
export function ProviderSelect({
  providers,
  needs = [],
  label = "Provider",
  name = "provider",
  errors,
  value,
  defaultValue,
  onChange,
}: {
  providers: ProviderChoice[];
  needs?: (keyof ProviderSupports)[];
  label?: string;
  name?: string;
  errors?: string[];
  value?: string;
  defaultValue?: string;
  onChange?: (name: string) => void;
}) {
  const options = providers.map((provider) => {
    const refusal = providerRefusal(provider, needs);
    return { value: provider.name, label: refusal ? `${provider.label} (${refusal})` : provider.label, disabled: Boolean(refusal) };
  });
  const controlled = value !== undefined ? { value } : { defaultValue: defaultValue ?? usableProvider(providers, undefined, needs) };
  return (
    <SelectField
      label={label}
      name={name}
      options={options}
      errors={errors}
      data-testid={`${name}-select`}
      onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      {...controlled}
    />
  );
}
