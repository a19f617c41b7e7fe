"use client";

import { useActionState } from "react";
import { updateAdminUserAction } from "@/lib/actions/admin/update-admin-user";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

/** A user's own monthly quotas; an empty field means the server's default. */
export function QuotaForm({ userId, images, usd, defaults }: { userId: string; images: number | null; usd: number | null; defaults: string }) {
  const [state, action] = useActionState(updateAdminUserAction, {});
  const values = state.values;
  return (
    <form action={action} className="space-y-2" noValidate aria-label="Quota">
      <input type="hidden" name="userId" value={userId} />
      <FormError message={state.fieldErrors ? undefined : state.error} />
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label="Images / month"
          name="quotaImagesPerMonth"
          inputMode="numeric"
          defaultValue={values?.quotaImagesPerMonth ?? (images === null ? "" : String(images))}
          placeholder="Default"
          errors={state.fieldErrors?.quotaImagesPerMonth}
        />
        <TextField
          label="USD / month"
          name="quotaUsdPerMonth"
          inputMode="decimal"
          defaultValue={values?.quotaUsdPerMonth ?? (usd === null ? "" : String(usd))}
          placeholder="Default"
          errors={state.fieldErrors?.quotaUsdPerMonth}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-zinc-500">Empty: the server&apos;s default ({defaults}).</p>
        <SubmitButton pendingText="Saving…" variant="secondary">
          Save quota
        </SubmitButton>
      </div>
      {state.ok && !state.error ? <p className="text-xs text-emerald-700" role="status">Saved.</p> : null}
    </form>
  );
}
