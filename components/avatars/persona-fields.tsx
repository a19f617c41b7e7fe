import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { VISUAL_ATTRIBUTE_OPTIONS } from "@/lib/avatars/persona-schemas";

const ATTRIBUTE_LABELS: Record<keyof typeof VISUAL_ATTRIBUTE_OPTIONS, string> = {
  gender: "Gender",
  ageRange: "Age range",
  ethnicity: "Ethnicity",
  bodyType: "Body type",
  hairStyle: "Hair style",
  hairColor: "Hair colour",
  eyeColor: "Eye colour",
  skinTone: "Skin tone",
  style: "Style",
};

type Values = Record<string, string | undefined>;
type Errors = Record<string, string[]> | undefined;

/** Persona fields (flat names; see lib/avatars/avatar-form-input.ts). Errors come keyed by the nested path. */
export function PersonaFields({ values = {}, errors, onChange }: { values?: Values; errors: Errors; onChange?: () => void }) {
  return (
    <fieldset className="space-y-4" onChange={onChange}>
      <legend className="text-sm font-semibold text-zinc-900">Persona</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Persona name" name="personaName" maxLength={80} defaultValue={values.personaName} errors={errors?.["persona.name"]} />
        <TextField label="Age" name="personaAge" type="number" min={1} max={120} defaultValue={values.personaAge} errors={errors?.["persona.age"]} />
      </div>
      <TextField
        label="Personality traits"
        name="personalityTraits"
        hint="Comma separated, e.g. curious, warm, decisive"
        defaultValue={values.personalityTraits}
        errors={errors?.["persona.personalityTraits"] ?? errors?.["persona.personalityTraits.0"]}
      />
      <TextAreaField label="Background" name="background" maxLength={2000} rows={2} defaultValue={values.background} errors={errors?.["persona.background"]} />
    </fieldset>
  );
}

export function AttributeFields({ values = {}, errors, onChange }: { values?: Values; errors: Errors; onChange?: () => void }) {
  return (
    <fieldset className="space-y-4" onChange={onChange}>
      <legend className="text-sm font-semibold text-zinc-900">Look</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        {(Object.keys(VISUAL_ATTRIBUTE_OPTIONS) as (keyof typeof VISUAL_ATTRIBUTE_OPTIONS)[]).map((field) => (
          <SelectField
            key={field}
            label={ATTRIBUTE_LABELS[field]}
            name={field}
            options={VISUAL_ATTRIBUTE_OPTIONS[field]}
            placeholder="Any"
            defaultValue={values[field] ?? ""}
            errors={errors?.[`attributes.${field}`]}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Persona and attribute values of an avatar as flat form defaults. */
export function avatarFormDefaults(avatar: {
  persona: { name?: string; age?: number; personalityTraits?: string[]; background?: string } | null;
  attributes: Record<string, string | undefined> | null;
}): Values {
  return {
    personaName: avatar.persona?.name,
    personaAge: avatar.persona?.age?.toString(),
    personalityTraits: avatar.persona?.personalityTraits?.join(", "),
    background: avatar.persona?.background,
    ...(avatar.attributes ?? {}),
  };
}
