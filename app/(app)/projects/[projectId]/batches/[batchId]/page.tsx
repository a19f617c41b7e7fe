import Link from "next/link";
import { notFound } from "next/navigation";
import { BatchErrorLog } from "@/components/batches/batch-error-log";
import { BatchPersonaCard } from "@/components/batches/batch-persona-card";
import { BatchProgress } from "@/components/batches/batch-progress";
import { BatchReviewNotice } from "@/components/batches/batch-review-notice";
import { BatchStatusBadge } from "@/components/batches/batch-status-badge";
import { ExportLinks } from "@/components/batches/export-buttons";
import { formatDuration } from "@/components/batches/format-duration";
import { RetryFailedButton } from "@/components/batches/retry-failed-button";
import { CancelBatchButton } from "@/components/jobs/cancel-batch-button";
import { ResumeBatchButton } from "@/components/jobs/resume-batch-button";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { getBatchDetail } from "@/lib/batches/get-batch-detail";
import { AUTO_APPROVE_LABELS, AUTO_APPROVE_MEANINGS } from "@/lib/batches/run/auto-approval";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

const STATUS_TEXT: Record<string, string> = {
  pending: "Queued: the batch starts in a moment.",
  "generating-data": "Writing the personas' names, bios and looks…",
  "data-generated": "Personas written; images start in a moment.",
  "generating-images": "Generating each persona's base image, approving it (by the batch's auto-approval rule) and making 4 variations…",
};

export default async function BatchPage({ params }: { params: Promise<{ projectId: string; batchId: string }> }) {
  const user = await requirePageUser();
  const { projectId, batchId } = await params;
  const batch = await orNotFound(getBatchDetail(user.id, batchId));
  if (batch.projectId !== projectId) notFound();
  const project = await getProjectOrThrow(user.id, projectId);
  const canRetry = !batch.running && (batch.personasFailed > 0 || batch.status === "failed");
  return (
    <>
      {batch.running && <AutoRefresh seconds={2} />}
      <PageHeader
        breadcrumb={
          <>
            <Link href="/projects" className="hover:underline">Projects</Link> /{" "}
            <Link href={`/projects/${project.id}`} className="hover:underline">{project.name}</Link> /{" "}
            <Link href={`/projects/${project.id}/batches`} className="hover:underline">Batches</Link>
          </>
        }
        title={
          <span className="flex items-center gap-3">
            Batch of {batch.total} <BatchStatusBadge status={batch.status} />
          </span>
        }
        description={batch.brief}
        actions={
          <>
            {batch.running && <CancelBatchButton batchId={batch.id} />}
            {batch.status === "cancelled" && <ResumeBatchButton batchId={batch.id} />}
            {canRetry && <RetryFailedButton batchId={batch.id} projectId={project.id} failed={batch.personasFailed} />}
            <ExportLinks batchId={batch.id} />
          </>
        }
      />
      <div className="mb-8 grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card className="flex flex-col justify-center gap-3 p-5" data-testid="batch-progress-card">
          <BatchProgress batch={batch} />
          {batch.running ? <p className="text-sm text-zinc-600">{STATUS_TEXT[batch.status]}</p> : <FinishedSummary batch={batch} />}
          {batch.images && <BatchReviewNotice projectId={project.id} count={batch.personasInReview} />}
          {batch.errorMessage && (
            <p className="text-sm text-red-700" role="alert">
              {batch.errorMessage}
            </p>
          )}
        </Card>
        <Card className="p-5 text-sm">
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2">
            <dt className="text-zinc-500">Started</dt>
            <dd className="text-zinc-800">{formatDate(batch.startedAt ?? batch.createdAt)}</dd>
            <dt className="text-zinc-500">Duration</dt>
            <dd className="tabular-nums text-zinc-800" data-testid="batch-duration">{formatDuration(batch.durationMs)}</dd>
            <dt className="text-zinc-500">Images</dt>
            <dd className="text-zinc-800">{batch.images ? batch.provider : "none"}</dd>
            {batch.images && (
              <>
                <dt className="text-zinc-500">Auto-approve</dt>
                <dd className="text-zinc-800" title={AUTO_APPROVE_MEANINGS[batch.autoApprove]} data-testid="batch-auto-approve" data-value={batch.autoApprove}>
                  {AUTO_APPROVE_LABELS[batch.autoApprove]}
                </dd>
              </>
            )}
            <dt className="text-zinc-500">Seed</dt>
            <dd className="tabular-nums text-zinc-800">{batch.seed}</dd>
          </dl>
        </Card>
      </div>
      {batch.errorLog.length > 0 && (
        <section className="mb-8 space-y-3">
          <h2 className="text-lg font-semibold text-zinc-900">What failed ({batch.errorLog.length})</h2>
          <BatchErrorLog projectId={project.id} entries={batch.errorLog} />
        </section>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-zinc-900">Personas</h2>
        {batch.avatars.length === 0 ? (
          <EmptyState title={batch.running ? "Writing personas…" : "No personas"}>
            {batch.running ? "They appear here as soon as their data is written." : "The persona data could not be written. See what failed above."}
          </EmptyState>
        ) : (
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5" aria-label="Personas">
            {batch.avatars.map((avatar) => (
              <li key={avatar.id}>
                <BatchPersonaCard avatar={avatar} images={batch.images} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** What a batch that is no longer running came to, in one line (so its progress card has no empty space). */
function FinishedSummary({ batch }: { batch: Awaited<ReturnType<typeof getBatchDetail>> }) {
  const verb = batch.status === "cancelled" ? "Cancelled" : batch.status === "failed" ? "Stopped" : "Finished";
  const parts = [`${batch.personasDone} of ${batch.total} persona${batch.total === 1 ? "" : "s"}`];
  if (batch.images) parts.push(`${batch.imagesDone} image${batch.imagesDone === 1 ? "" : "s"}`);
  if (batch.personasFailed) parts.push(`${batch.personasFailed} failed`);
  if (batch.personasInReview) parts.push(`${batch.personasInReview} in review`);
  return (
    <p className="text-sm text-zinc-600" data-testid="batch-summary">
      {verb}
      {batch.durationMs !== null ? ` in ${formatDuration(batch.durationMs)}` : ""}: {parts.join(", ")}.
    </p>
  );
}
