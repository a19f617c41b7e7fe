const STYLES: Record<string, string> = {
  pending: "bg-zinc-100 text-zinc-700 ring-zinc-500/20",
  "generating-data": "bg-blue-50 text-blue-700 ring-blue-600/20",
  "data-generated": "bg-blue-50 text-blue-700 ring-blue-600/20",
  "generating-images": "bg-blue-50 text-blue-700 ring-blue-600/20",
  running: "bg-blue-50 text-blue-700 ring-blue-600/20",
  completed: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  succeeded: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  failed: "bg-red-50 text-red-700 ring-red-600/20",
  cancelled: "bg-amber-50 text-amber-800 ring-amber-600/20",
};

const LABELS: Record<string, string> = { succeeded: "done" };

/** A batch's (or a batch persona's) status: blue while it runs, green when done, red when it failed, amber when cancelled. */
export function BatchStatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status] ?? STYLES.pending}`}
      data-status={status}
    >
      {(status.startsWith("generating") || status === "running") && <span className="size-1.5 animate-pulse rounded-full bg-current" aria-hidden />}
      {LABELS[status] ?? status}
    </span>
  );
}
