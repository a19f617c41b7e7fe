import Link from "next/link";
import { AVATAR_SEED_STATUSES, AVATAR_SORTS, type AvatarListQuery } from "@/lib/avatars/avatar-list-query";
import { buttonClass } from "@/components/ui/button";

const STATUS_LABELS: Record<(typeof AVATAR_SEED_STATUSES)[number], string> = {
  pending_upload: "Pending upload",
  draft: "Draft",
  approved: "Approved",
  rejected: "Rejected",
};
const SORT_LABELS: Record<(typeof AVATAR_SORTS)[number], string> = { newest: "Newest", oldest: "Oldest", name: "Name" };

const control =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30";

/** The grid's search, filters and sort: a plain GET form, so every view is a URL (and works without script). */
export function AvatarFilters({
  projectId,
  query,
  batches,
}: {
  projectId: string;
  query: AvatarListQuery;
  batches: { id: string; label: string }[];
}) {
  const filtered = Boolean(query.q || query.status || query.batchId || query.sort !== "newest");
  return (
    // Keyed by the query: after a link (Clear, a pager) changes the URL, the fields show the new values.
    <form key={JSON.stringify([query.q, query.status, query.batchId, query.sort])} method="get" action={`/projects/${projectId}`} role="search" aria-label="Filter avatars" className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto]">
      <label className="block">
        <span className="sr-only">Search by name</span>
        <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="Search by name" maxLength={100} className={control} />
      </label>
      <label className="block">
        <span className="sr-only">Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={control} aria-label="Status">
          <option value="">Any status</option>
          {AVATAR_SEED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="sr-only">Batch</span>
        <select name="batchId" defaultValue={query.batchId ?? ""} className={control} aria-label="Batch">
          <option value="">Any batch</option>
          {batches.map((batch) => (
            <option key={batch.id} value={batch.id}>
              {batch.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="sr-only">Sort</span>
        <select name="sort" defaultValue={query.sort} className={control} aria-label="Sort">
          {AVATAR_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              Sort: {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("secondary", "flex-1")}>
          Apply
        </button>
        {filtered && (
          <Link href={`/projects/${projectId}`} className={buttonClass("ghost")}>
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
