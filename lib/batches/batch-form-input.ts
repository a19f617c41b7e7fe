/**
 * The "New batch" form posts flat fields (count, ageMin, images=on, …); the domain takes
 * createBatchSchema's shape. This maps one to the other so the form and REST validate alike.
 */
function present(value: string | undefined) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

const numberOrText = (value: string | undefined) => {
  const text = present(value);
  if (text === undefined) return undefined;
  // A non-number stays text so the schema reports it ("must be a number") instead of a silent NaN.
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
};

export function batchInputFromForm(values: Record<string, string>) {
  const constraints = Object.fromEntries(
    Object.entries({
      genderMix: present(values.genderMix),
      ageMin: numberOrText(values.ageMin),
      ageMax: numberOrText(values.ageMax),
      locale: present(values.locale),
    }).filter(([, value]) => value !== undefined),
  );
  return {
    count: numberOrText(values.count) ?? "",
    brief: present(values.brief),
    constraints: Object.keys(constraints).length ? constraints : undefined,
    // An unchecked checkbox posts nothing at all.
    images: values.images === "on",
    provider: present(values.provider),
    variationsMode: present(values.variationsMode),
    autoApprove: present(values.autoApprove),
  };
}
