const STYLES: Record<string, string> = {
  generating: "bg-blue-50 text-blue-700 ring-blue-600/20",
  pending: "bg-blue-50 text-blue-700 ring-blue-600/20",
  processing: "bg-blue-50 text-blue-700 ring-blue-600/20",
  failed: "bg-red-50 text-red-700 ring-red-600/20",
  pending_upload: "bg-zinc-100 text-zinc-600 ring-zinc-500/20",
  draft: "bg-amber-50 text-amber-800 ring-amber-600/20",
  approved: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  rejected: "bg-rose-50 text-rose-700 ring-rose-600/20",
  completed: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  cancelled: "bg-zinc-100 text-zinc-700 ring-zinc-500/20",
};

const LABELS: Record<string, string> = { pending_upload: "no image", pending: "queued", processing: "generating" };

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status] ?? STYLES.pending_upload}`}>
      {LABELS[status] ?? status.replaceAll("_", " ")}
    </span>
  );
}
