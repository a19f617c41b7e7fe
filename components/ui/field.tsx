import { useId } from "react";

const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-zinc-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-500";

interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  children?: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; className: string }) => React.ReactNode;
}

/** A labelled form control with its error message beside it. */
export function Field({ label, name, errors, hint, children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = errors?.[0];
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-700">
        {label}
      </label>
      {children?.({
        id,
        name,
        "aria-invalid": Boolean(message),
        "aria-describedby": message || hint ? messageId : undefined,
        className: inputClass,
      })}
      {message ? (
        <p id={messageId} className="text-sm text-red-600" role="alert">
          {message}
        </p>
      ) : hint ? (
        <p id={messageId} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  name,
  errors,
  hint,
  ...input
}: Omit<FieldProps, "children"> & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(props) => <input {...props} {...input} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  name,
  errors,
  hint,
  ...textarea
}: Omit<FieldProps, "children"> & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(props) => <textarea rows={3} {...props} {...textarea} />}
    </Field>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  placeholder,
  ...select
}: Omit<FieldProps, "children"> &
  React.SelectHTMLAttributes<HTMLSelectElement> & { options: readonly (string | { value: string; label: string; disabled?: boolean })[]; placeholder?: string }) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(props) => (
        // defaultValue applies only on mount, and React resets a form after its action: keyed by it, the
        // select comes back showing what was submitted (after a validation error) instead of the first default.
        <select key={String(select.defaultValue ?? "")} {...props} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => {
            const { value, label: text, disabled } = typeof option === "string" ? { value: option, label: option, disabled: false } : option;
            return (
              <option key={value} value={value} disabled={disabled}>
                {text}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}
