"use client";

import { useRef } from "react";
import { createScheduleAction } from "@/lib/actions/schedules/create-schedule";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { SCHEDULE_ACTION_LABELS } from "./schedule-labels";

/** New schedule: a cron pattern read in a time zone, and what to run. */
export function CreateScheduleForm({ projectId, timezones }: { projectId: string; timezones: string[] }) {
  const form = useRef<HTMLFormElement>(null);
  const [state, action] = useFormAction(createScheduleAction, () => form.current?.reset());
  return (
    <form ref={form} action={action} className="space-y-4" noValidate aria-label="New schedule">
      <input type="hidden" name="projectId" value={projectId} />
      <FormError message={state.error} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label="Cron"
          name="cron"
          required
          maxLength={100}
          placeholder="0 2 * * *"
          defaultValue={state.values?.cron ?? "0 2 * * *"}
          errors={state.fieldErrors?.cron}
          hint="minute hour day month weekday: 0 2 * * * is every night at 02:00"
        />
        <SelectField label="Time zone" name="timezone" options={timezones} defaultValue={state.values?.timezone ?? "UTC"} errors={state.fieldErrors?.timezone} />
        <SelectField
          label="Action"
          name="action"
          options={Object.entries(SCHEDULE_ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          defaultValue={state.values?.action ?? "generate-base"}
          errors={state.fieldErrors?.action}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-sm text-zinc-700">
          <input type="checkbox" name="enabled" defaultChecked className="size-4 accent-brand-600" />
          Enabled
        </label>
        <SubmitButton pendingText="Creating…">Create schedule</SubmitButton>
      </div>
    </form>
  );
}
