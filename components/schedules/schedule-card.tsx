import { deleteScheduleAction } from "@/lib/actions/schedules/delete-schedule";
import { setScheduleEnabledAction } from "@/lib/actions/schedules/set-schedule-enabled";
import type { ScheduleWithRuns } from "@/lib/schedules/list-schedules";
import type { ScheduleResult } from "@/lib/schedules/schedule-view";
import { ActionForm } from "@/components/seed/action-form";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { formatDate } from "@/components/ui/format-date";
import { SubmitButton } from "@/components/ui/submit-button";
import { SCHEDULE_ACTION_LABELS } from "./schedule-labels";

function describeResult(result: ScheduleResult | null) {
  if (!result) return "—";
  if (result.error) return `Failed: ${result.error}`;
  return `${result.accepted ?? 0} queued, ${result.skipped ?? 0} skipped`;
}

/** One schedule: its pattern, next and last run, enable/disable, delete, and its recent runs. */
export function ScheduleCard({ schedule }: { schedule: ScheduleWithRuns }) {
  return (
    <Card className="p-4" aria-label={`Schedule ${schedule.cron}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-mono text-sm font-semibold break-words text-zinc-900">
            {schedule.cron} <span className="font-sans font-normal text-zinc-500">({schedule.timezone})</span>
          </p>
          <p className="mt-0.5 text-sm text-zinc-700">{SCHEDULE_ACTION_LABELS[schedule.action]}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${schedule.enabled ? "bg-emerald-50 text-emerald-700 ring-emerald-600/20" : "bg-zinc-100 text-zinc-600 ring-zinc-500/20"}`}
          >
            {schedule.enabled ? "enabled" : "disabled"}
          </span>
          <ActionForm action={setScheduleEnabledAction} fields={{ scheduleId: schedule.id, enabled: schedule.enabled ? "false" : "true" }} className="flex items-center">
            <SubmitButton variant="secondary" pendingText="Saving…">
              {schedule.enabled ? "Disable" : "Enable"}
            </SubmitButton>
          </ActionForm>
          <ConfirmActionButton
            action={deleteScheduleAction}
            fields={{ scheduleId: schedule.id }}
            label="Delete"
            title="Delete schedule?"
            message={<>The schedule <code>{schedule.cron}</code> and its run history are deleted. Work it already queued keeps running.</>}
            confirmLabel="Delete schedule"
          />
        </div>
      </div>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-zinc-500">Next run</dt>
          <dd className="text-zinc-900" data-testid="next-run">
            {schedule.enabled ? formatDate(schedule.nextRunAt) : "— (disabled)"}
          </dd>
        </div>
        <div>
          <dt className="text-zinc-500">Last run</dt>
          <dd className="text-zinc-900">{formatDate(schedule.lastRunAt)}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Last result</dt>
          <dd className="text-zinc-900">{describeResult(schedule.lastResult)}</dd>
        </div>
      </dl>
      {schedule.runs.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-zinc-600">History ({schedule.runs.length} latest)</summary>
          <ul className="mt-2 divide-y divide-zinc-100" aria-label="Run history">
            {schedule.runs.map((run) => (
              <li key={run.id} className="flex flex-wrap justify-between gap-2 py-1.5">
                <span>{formatDate(run.dueAt)}</span>
                <span className={run.status === "failed" ? "text-red-700" : "text-zinc-700"}>
                  {run.status === "running" ? "running" : describeResult({ accepted: run.accepted, skipped: run.skipped, error: run.errorMessage ?? undefined })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
