import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import type { BatchView } from "@/lib/batches/batch-view";
import { BatchProgress } from "./batch-progress";
import { BatchStatusBadge } from "./batch-status-badge";
import { formatDuration } from "./format-duration";

/** Every batch of a project as a row: what was asked, status, progress, duration and errors. */
export function BatchHistory({ projectId, batches }: { projectId: string; batches: BatchView[] }) {
  return (
    <ul className="space-y-3" aria-label="Batches">
      {batches.map((batch) => (
        <li key={batch.id} data-testid="batch-row" data-batch-id={batch.id} data-status={batch.status}>
          <Link
            href={`/projects/${projectId}/batches/${batch.id}`}
            className="grid gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow-md md:grid-cols-[minmax(0,1fr)_16rem_8rem]"
          >
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-semibold text-zinc-900">
                  {batch.total} persona{batch.total === 1 ? "" : "s"}
                  {batch.images ? ` with images (${batch.provider})` : ", data only"}
                </span>
                <BatchStatusBadge status={batch.status} />
              </div>
              <p className="truncate text-sm text-zinc-600">{batch.brief ?? <span className="text-zinc-400">No brief</span>}</p>
              <p className="text-xs text-zinc-500">Created {formatDate(batch.createdAt)}</p>
            </div>
            <BatchProgress batch={batch} />
            <dl className="grid grid-cols-2 gap-x-3 text-xs md:grid-cols-1">
              <div>
                <dt className="text-zinc-500">Duration</dt>
                <dd className="tabular-nums text-zinc-800">{formatDuration(batch.durationMs)}</dd>
              </div>
              <div>
                <dt className="text-zinc-500">Errors</dt>
                <dd className={batch.errorLog.length ? "font-medium text-red-700" : "text-zinc-800"}>{batch.errorLog.length}</dd>
              </div>
            </dl>
          </Link>
        </li>
      ))}
    </ul>
  );
}
