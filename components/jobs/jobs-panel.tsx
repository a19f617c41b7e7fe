import Link from "next/link";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { JobList } from "@/lib/jobs/list-jobs";
import { JOB_KINDS, JOB_STATUSES, type JobListQuery } from "@/lib/jobs/job-schemas";
import { JobRow } from "./job-row";

const selectClass = "max-w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-800";
const KIND_LABELS = { generation: "Generations", training: "Training sets", batch: "Batches" } as const;

function hrefWith(basePath: string, query: Partial<JobListQuery>) {
  const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined || value === "" ? [] : [[key, String(value)]])));
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

function FilterSelect({ name, label, value, options, anyLabel = "Any" }: { name: string; label: string; value?: string; options: Array<{ value: string; label: string }>; anyLabel?: string }) {
  return (
    <label className="flex min-w-0 max-w-full flex-col gap-1 text-xs font-medium text-zinc-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The jobs list with its counts by status (each a filter link), filters kept in the URL (a plain GET
 * form, so it works without JavaScript), older pages by cursor, and a refresh every 2 s while
 * something shown is queued or running.
 */
export function JobsPanel({
  list,
  query,
  basePath,
  projects,
}: {
  list: JobList;
  query: JobListQuery;
  basePath: string;
  /** Offered as a filter on the all-projects page; absent on a project's own Jobs tab. */
  projects?: Array<{ id: string; name: string }>;
}) {
  const now = new Date();
  const filters = { status: query.status, kind: query.kind, projectId: projects ? query.projectId : undefined };
  const busy = list.counts.queued + list.counts.running > 0;
  return (
    <div className="space-y-5">
      {busy && <AutoRefresh seconds={2} />}
      <nav className="flex flex-wrap gap-2" aria-label="Jobs by status" data-testid="job-counts">
        {JOB_STATUSES.map((status) => (
          <Link
            key={status}
            href={hrefWith(basePath, { ...filters, status: query.status === status ? undefined : status })}
            aria-current={query.status === status ? "true" : undefined}
            data-status={status}
            className={`rounded-full border px-3 py-1 text-sm ${query.status === status ? "border-brand-600 bg-brand-50 text-brand-700" : "border-zinc-200 bg-white text-zinc-700 hover:bg-zinc-50"}`}
          >
            {status} <span className="tabular-nums font-semibold">{list.counts[status]}</span>
          </Link>
        ))}
      </nav>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3" aria-label="Filter jobs">
        <FilterSelect name="status" label="Status" value={query.status} options={JOB_STATUSES.map((status) => ({ value: status, label: status }))} />
        <FilterSelect name="kind" label="Kind" value={query.kind} options={JOB_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))} />
        {projects && (
          <FilterSelect name="projectId" label="Project" value={query.projectId} anyLabel="All projects" options={projects.map((project) => ({ value: project.id, label: project.name }))} />
        )}
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
      </form>
      {list.jobs.length === 0 ? (
        <EmptyState title="No jobs here">Generations, training sets and batches appear here as soon as they are queued.</EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Jobs">
          {list.jobs.map((job) => (
            <JobRow key={job.id} job={job} now={now} />
          ))}
        </ul>
      )}
      <nav className="flex items-center justify-between" aria-label="Pagination">
        {query.cursor ? (
          <Link href={hrefWith(basePath, filters)} className={buttonClass("secondary")}>
            ← Back to newest
          </Link>
        ) : (
          <span />
        )}
        {list.nextCursor && (
          <Link href={hrefWith(basePath, { ...filters, cursor: list.nextCursor })} className={buttonClass("secondary")}>
            Older →
          </Link>
        )}
      </nav>
    </div>
  );
}
