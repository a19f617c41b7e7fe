"use client";

import { useActionState, useState } from "react";
import type { ActionState, FormAction } from "@/lib/auth/validated-action";
import { Button, type ButtonVariant } from "./button";
import { Dialog } from "./dialog";
import { FormError } from "./form-error";
import { SubmitButton } from "./submit-button";

/**
 * A button that asks before running a server action: a destructive one (the confirm button is red), or
 * a deliberate, reversible step such as approving or unlocking (`tone="neutral"`).
 */
export function ConfirmActionButton<T>({
  action,
  fields,
  label,
  title,
  message,
  confirmLabel,
  variant = "secondary",
  tone = "danger",
  pendingText = "Working…",
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  title: string;
  message: React.ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  tone?: "danger" | "neutral";
  pendingText?: string;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(async (previous: ActionState<T>, formData: FormData) => {
    const next = await action(previous, formData);
    if (!next.error) setOpen(false);
    return next;
  }, {});
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <form action={formAction} className="space-y-4">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="text-sm text-zinc-600">{message}</div>
          <FormError message={state.error} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>
              Cancel
            </Button>
            <SubmitButton variant={tone === "danger" ? "danger" : "primary"} pendingText={pendingText}>
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
