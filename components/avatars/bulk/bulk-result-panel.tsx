import type { BulkAction } from "@/lib/avatars/bulk/bulk-schemas";

export const BULK_ACTION_LABELS: Record<BulkAction, string> = {
  "generate-base": "Generate base image",
  approve: "Approve",
  variations: "Variations",
  "training-set": "Training set",
  delete: "Delete",
};

export interface BulkPanelResult {
  action: BulkAction;
  accepted: string[];
  skipped: { id: string; reason: string }[];
  names: Record<string, string>;
}

/** What a bulk action did to each persona: the ones it ran for and the ones it skipped, with why. */
export function BulkResultPanel({ result, onClose }: { result: BulkPanelResult; onClose: () => void }) {
  const name = (id: string) => result.names[id] ?? id;
  return (
    <section aria-label="Bulk action result" className="mb-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-sm font-semibold text-zinc-900">
          {BULK_ACTION_LABELS[result.action]}: {result.accepted.length} accepted, {result.skipped.length} skipped
        </h3>
        <button type="button" onClick={onClose} className="text-sm text-zinc-500 hover:text-zinc-900">
          Dismiss
        </button>
      </div>
      <div className="mt-3 grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <h4 className="font-medium text-emerald-700">Accepted</h4>
          {result.accepted.length ? (
            <ul className="mt-1 max-h-48 space-y-0.5 overflow-y-auto break-words text-zinc-700" aria-label="Accepted personas">
              {result.accepted.map((id) => (
                <li key={id}>{name(id)}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-zinc-500">None</p>
          )}
        </div>
        <div>
          <h4 className="font-medium text-amber-700">Skipped</h4>
          {result.skipped.length ? (
            <ul className="mt-1 max-h-48 space-y-0.5 overflow-y-auto break-words text-zinc-700" aria-label="Skipped personas">
              {result.skipped.map((skip) => (
                <li key={skip.id}>
                  {name(skip.id)} <span className="text-zinc-500">— {skip.reason}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-zinc-500">None</p>
          )}
        </div>
      </div>
    </section>
  );
}
