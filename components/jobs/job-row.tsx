import Link from "next/link";
import { RetryGenerationButton } from "@/components/avatars/retry-generation-button";
import { BatchStatusBadge } from "@/components/batches/batch-status-badge";
import { formatDuration } from "@/components/batches/format-duration";
import { RetryFailedButton } from "@/components/batches/retry-failed-button";
import { formatDate } from "@/components/ui/format-date";
import { providerWaitLabel } from "@/lib/generations/generation-stage-label";
import { isJobUnfinished, type JobView } from "@/lib/jobs/job-view";
import { formatUsd } from "@/lib/usage/work-cost";
import { CancelBatchButton } from "./cancel-batch-button";
import { CancelGenerationButton } from "./cancel-generation-button";
import { ResumeBatchButton } from "./resume-batch-button";

const KIND_LABELS = { generation: "Generation", training: "Training set", batch: "Batch" } as const;

function duration(job: JobView, now: Date) {
  if (!job.startedAt) return null;
  return (job.finishedAt ?? now).getTime() - job.startedAt.getTime();
}

/** One job: what it is and where, its status and progress, its times, and what can be done with it. */
export function JobRow({ job, now }: { job: JobView; now: Date }) {
  const href = job.kind === "batch" ? `/projects/${job.projectId}/batches/${job.id}` : `/projects/${job.projectId}/avatars/${job.avatarId}`;
  const subject = job.kind === "batch" ? `Batch of ${job.progress.total}` : (job.avatarName ?? "Deleted persona");
  const unfinished = isJobUnfinished(job.status);
  const retryGeneration = job.kind !== "batch" && (job.status === "failed" || job.status === "cancelled");
  const retryBatch = job.kind === "batch" && job.status !== "cancelled" && !unfinished && (job.status === "failed" || job.progress.done < job.progress.total);
  return (
    <li className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="job-row" data-job-id={job.id} data-kind={job.kind} data-status={job.status}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium text-zinc-500">{KIND_LABELS[job.kind]}</span>
            <BatchStatusBadge status={job.status} />
            <span className="text-zinc-500">· {job.provider}</span>
          </div>
          <Link href={href} className="block break-words font-semibold text-zinc-900 hover:underline">
            {subject}
          </Link>
          <p className="text-sm text-zinc-600">{job.projectName}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {unfinished && job.kind === "batch" && <CancelBatchButton batchId={job.id} />}
          {unfinished && job.kind !== "batch" && <CancelGenerationButton generationId={job.id} what={KIND_LABELS[job.kind].toLowerCase()} />}
          {job.kind === "batch" && job.status === "cancelled" && <ResumeBatchButton batchId={job.id} />}
          {retryGeneration && <RetryGenerationButton generationId={job.id} projectId={job.projectId} />}
          {retryBatch && <RetryFailedButton batchId={job.id} projectId={job.projectId} failed={0} />}
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-6">
        {[
          { label: "Progress", value: `${job.progress.done}/${job.progress.total}`, testId: "job-progress" },
          { label: "Queued", value: formatDate(job.createdAt) },
          { label: "Started", value: formatDate(job.startedAt) },
          { label: "Finished", value: formatDate(job.finishedAt) },
          { label: "Duration", value: formatDuration(duration(job, now)) },
          {
            label: "Cost",
            value: unfinished && job.estimatedCostUsd > job.costUsd ? `${formatUsd(job.costUsd)} of ~${formatUsd(job.estimatedCostUsd)}` : formatUsd(job.costUsd),
            testId: "job-cost",
          },
        ].map((fact) => (
          <div key={fact.label}>
            <dt className="text-zinc-500">{fact.label}</dt>
            <dd className="tabular-nums text-zinc-800" data-testid={fact.testId}>
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
      {unfinished && providerWaitLabel(job, now.getTime()) && (
        <p className="mt-2 break-words text-sm text-amber-700" data-testid="job-waiting">
          {providerWaitLabel(job, now.getTime())}
        </p>
      )}
      {job.errorMessage && (
        <p className="mt-2 break-words text-sm text-red-700" role="alert">
          {job.errorMessage}
        </p>
      )}
    </li>
  );
}
