"use client";

import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/auth/validated-action";
import { FormError } from "@/components/ui/form-error";

/** A small form bound to a server action, carrying hidden fields and showing the action's error. */
export function ActionForm<T>({
  action,
  fields,
  children,
  className = "",
  noValidate,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  children: React.ReactNode | ((state: ActionState<T>) => React.ReactNode);
  className?: string;
  /** Leave checking to the server, whose messages show beside the fields. */
  noValidate?: boolean;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className={className} noValidate={noValidate}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {typeof children === "function" ? children(state) : children}
      {!(typeof children === "function") && <div className="mt-2"><FormError message={state.error} /></div>}
    </form>
  );
}
