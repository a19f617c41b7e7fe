import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import type { BatchListItem } from "@/lib/batches/list-batches";
import { BatchProgress } from "./batch-progress";
import { BatchReviewNotice } from "./batch-review-notice";
import { BatchStatusBadge } from "./batch-status-badge";
import { ExportLinks } from "./export-buttons";
import { formatDuration } from "./format-duration";

/**
 * Every batch of a project as a row: the first personas' portraits, what was asked, status, progress,
 * duration and errors, and its exports. The title opens the batch; thumbnails and exports are links of
 * their own (one link per thing, so keyboard and screen-reader users get each).
 */
export function BatchHistory({ projectId, batches }: { projectId: string; batches: BatchListItem[] }) {
  return (
    <ul className="space-y-3" aria-label="Batches">
      {batches.map((batch) => {
        const href = `/projects/${projectId}/batches/${batch.id}`;
        return (
          <li
            key={batch.id}
            data-testid="batch-row"
            data-batch-id={batch.id}
            data-status={batch.status}
            className="grid gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm transition hover:border-brand-500 md:grid-cols-[minmax(0,1fr)_14rem_8rem]"
          >
            <div className="flex min-w-0 gap-3">
              <Previews href={href} batch={batch} />
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={href} className="text-sm font-semibold text-zinc-900 hover:text-brand-700 hover:underline">
                    {batch.total} persona{batch.total === 1 ? "" : "s"}
                    {batch.images ? ` with images (${batch.provider})` : ", data only"}
                  </Link>
                  <BatchStatusBadge status={batch.status} />
                </div>
                <p className="line-clamp-2 text-sm break-words text-zinc-600">{batch.brief ?? <span className="text-zinc-400">No brief</span>}</p>
                <p className="text-xs text-zinc-500">Created {formatDate(batch.createdAt)}</p>
                <BatchReviewNotice projectId={projectId} count={batch.personasInReview} compact />
                {!batch.running && batch.personasDone > 0 && <ExportLinks batchId={batch.id} compact />}
              </div>
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
              {batch.images && (
                <div>
                  <dt className="text-zinc-500">In review</dt>
                  <dd className={batch.personasInReview ? "font-medium text-amber-800" : "text-zinc-800"} data-testid="batch-in-review">
                    {batch.personasInReview}
                  </dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

/** Up to four base-image thumbnails in a 2×2 tile, or a placeholder while none exists. */
function Previews({ href, batch }: { href: string; batch: BatchListItem }) {
  return (
    <Link href={href} className="grid size-16 shrink-0 grid-cols-2 gap-0.5 overflow-hidden rounded-lg bg-zinc-100 ring-1 ring-zinc-200" aria-hidden tabIndex={-1}>
      {batch.previews.map((preview) => (
        // eslint-disable-next-line @next/next/no-img-element
        <img key={preview.avatarId} src={preview.thumbnailUrl} alt="" title={preview.name} loading="lazy" className={`aspect-square w-full object-cover ${preview.flagged ? "blur-sm" : ""}`} />
      ))}
    </Link>
  );
}
