import type { z } from "zod";
import { toAppError } from "@/lib/api/api-errors";
import type { PublicUser } from "@/lib/users/create-user";
import { isUnsafeText, UNSAFE_TEXT_FIELD_MESSAGE, UNSAFE_TEXT_MESSAGE } from "@/lib/validation/unsafe-text";
import { zodIssuesToFields } from "@/lib/validation/zod-issues-to-fields";
import { requireActionUser } from "./current-user";

export interface ActionState<T = unknown> {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  result?: T;
  /** The submitted values, so a form keeps what the user typed after an error (never a password). */
  values?: Record<string, string>;
  ok?: number;
}

export type FormAction<T = unknown> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** What a form may show again after an error: everything typed but passwords. */
function echoable(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

/** Turns a thrown error into what a form shows: domain errors verbatim, anything else generic. */
export function actionError(error: unknown, values?: Record<string, string>): ActionState<never> {
  if (error && typeof error === "object" && "digest" in error) throw error; // redirect() / notFound()
  const known = toAppError(error);
  if (known) return { error: known.message, fieldErrors: known.details, values };
  console.error("[action]", error);
  return { error: "Something went wrong on our side. Try again in a moment.", values };
}

export interface ActionOptions {
  /** Maps the form to the schema's shape when they differ (nested persona fields, repeated checkboxes, files). */
  toInput?: (values: Record<string, string>, formData: FormData) => unknown;
  /** Renames a field-error key to the form field that shows it (e.g. "input.reason" → "reason"). */
  fieldFor?: (key: string) => string;
  /** The message above the form when validation fails; by default the first field's message. */
  invalidMessage?: string;
  /** The field beside which an error from running the action is shown too (e.g. a duplicate prompt). */
  errorField?: string;
}

/**
 * For schemas that nest the form's own fields under one key (`{ projectId, input: {...} }`): their
 * errors keyed as the form names its fields ("input.persona.age" → "persona.age").
 */
export function fieldsUnder(key: string) {
  return (path: string) => (path === key ? "form" : path.startsWith(`${key}.`) ? path.slice(key.length + 1) : path);
}

function renameFields(fields: Record<string, string[]>, fieldFor?: (key: string) => string) {
  if (!fieldFor) return fields;
  const renamed: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields)) (renamed[fieldFor(key)] ??= []).push(...messages);
  return renamed;
}

/** Fields (by form name) holding text PostgreSQL cannot store, a NUL or a lone surrogate; undefined when none. */
function unsafeFields(formData: FormData): Record<string, string[]> | undefined {
  const fields: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$")) continue;
    const text = typeof value === "string" ? value : value.name;
    if (isUnsafeText(key) || isUnsafeText(text)) fields[key] = [UNSAFE_TEXT_FIELD_MESSAGE];
  }
  return Object.keys(fields).length ? fields : undefined;
}

/**
 * The one way a server action reads its input: the whole FormData (hidden ids included) is checked
 * with a zod schema, the same one the REST API uses, before anything runs. Returns `{ error,
 * fieldErrors, values }` or `{ result, ok }` for useActionState; redirect() and notFound() thrown by
 * the action pass through.
 */
export function validatedAction<S extends z.ZodType, T>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData) => Promise<T>,
  options: ActionOptions = {},
): FormAction<T> {
  const { toInput = (values) => values, fieldFor, invalidMessage, errorField } = options;
  return async (_previous, formData) => {
    const values = formValues(formData);
    const shown = echoable(values);
    const unsafe = unsafeFields(formData);
    if (unsafe) return { error: invalidMessage ?? `A field ${UNSAFE_TEXT_MESSAGE}`, fieldErrors: unsafe, values: shown };
    const parsed = schema.safeParse(toInput(values, formData));
    if (!parsed.success) {
      const fieldErrors = renameFields(zodIssuesToFields(parsed.error), fieldFor);
      return { error: invalidMessage ?? Object.values(fieldErrors)[0]?.[0] ?? "Check the form", fieldErrors, values: shown };
    }
    try {
      return { result: await action(parsed.data, formData), ok: Date.now() };
    } catch (error) {
      const state = actionError(error, shown);
      if (!errorField || !state.error) return state;
      return { ...state, fieldErrors: { [errorField]: [state.error], ...state.fieldErrors } };
    }
  };
}

/** A validated action run as the signed-in user; without a session it answers "Sign in again". */
export function validatedActionWithUser<S extends z.ZodType, T>(
  schema: S,
  action: (data: z.infer<S>, user: PublicUser, formData: FormData) => Promise<T>,
  options?: ActionOptions,
): FormAction<T> {
  return validatedAction(schema, async (data, formData) => action(data, await requireActionUser(), formData), options);
}
