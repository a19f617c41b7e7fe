import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PublicUser } from "@/lib/users/create-user";
import { requireActionUser } from "./current-user";

export interface ActionState<T = unknown> {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  result?: T;
  /** The submitted values, so a form keeps what the user typed after an error. */
  values?: Record<string, string>;
  ok?: number;
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Turns a thrown error into what a form shows: domain errors verbatim, anything else generic. */
export function actionError(error: unknown, values?: Record<string, string>): ActionState<never> {
  if (error instanceof AppError) return { error: error.message, fieldErrors: error.details, values };
  if (error && typeof error === "object" && "digest" in error) throw error; // redirect() / notFound()
  console.error("[action]", error);
  return { error: "Something went wrong on our side. Try again in a moment.", values };
}

/**
 * A server action that validates FormData with the same zod schema the REST API uses, runs as the
 * signed-in user, and returns `{ error, fieldErrors }` or `{ result }` for useActionState.
 */
export function validatedActionWithUser<S extends z.ZodType, T>(
  schema: S,
  action: (data: z.infer<S>, user: PublicUser, formData: FormData) => Promise<T>,
  /** Maps flat form fields to the schema's shape when they differ (e.g. nested persona fields). */
  toInput: (values: Record<string, string>) => unknown = (values) => values,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const values = formValues(formData);
    const parsed = schema.safeParse(toInput(values));
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error);
      return { error: Object.values(fieldErrors)[0]?.[0] ?? "Check the form", fieldErrors, values };
    }
    try {
      const user = await requireActionUser();
      return { result: await action(parsed.data, user, formData), ok: Date.now() };
    } catch (error) {
      return actionError(error, values);
    }
  };
}
