"use client";

import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/auth/validated-action";

/**
 * useActionState for a validated server action, calling `onSuccess` (close a dialog, clear a field)
 * when the action succeeded: inside the transition, not in an effect after the render.
 */
export function useFormAction<T>(action: FormAction<T>, onSuccess: (state: ActionState<T>) => void) {
  return useActionState<ActionState<T>, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.ok) onSuccess(next);
    return next;
  }, {});
}
