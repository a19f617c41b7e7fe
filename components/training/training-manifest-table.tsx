import { StatusBadge } from "@/components/avatars/status-badge";
import { IdentityBadge } from "@/components/faces/identity-badge";
import { IdentityDetails } from "@/components/faces/identity-details";
import { LightboxImage } from "@/components/ui/lightbox-image";
import type { TrainingManifestEntry } from "@/lib/training/get-training-manifest";

function formatBytes(bytes: number | null) {
  if (bytes === null) return "—";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** One row per training item, failed and unfinished ones included, with what a training script needs. */
export function TrainingManifestTable({ entries }: { entries: TrainingManifestEntry[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Training images">
        <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500">
          <tr>
            <th className="py-2 pr-3 font-medium">Image</th>
            <th className="py-2 pr-3 font-medium">Prompt</th>
            <th className="py-2 pr-3 font-medium">Status</th>
            <th className="py-2 pr-3 font-medium">MD5</th>
            <th className="py-2 font-medium">Size</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="training-row" data-status={entry.status} className="align-top">
              <td className="py-2 pr-3">
                {entry.url && entry.thumbnailUrl ? (
                  <LightboxImage
                    src={entry.url}
                    thumbnail={entry.thumbnailUrl}
                    alt={entry.filename}
                    className="size-14 rounded-md"
                    details={<IdentityDetails identity={entry.identity} />}
                    flagged={entry.safety?.flagged}
                  />
                ) : (
                  <div className="grid size-14 place-items-center rounded-md bg-zinc-100 text-xs text-zinc-400">—</div>
                )}
              </td>
              <td className="max-w-md py-2 pr-3">
                <div className="text-zinc-800">{entry.prompt}</div>
                <div className="font-mono text-xs text-zinc-500">{entry.filename}</div>
                {entry.status === "failed" && entry.errorMessage && (
                  <p className="mt-1 text-xs text-red-700" role="alert">
                    {entry.errorMessage}
                  </p>
                )}
              </td>
              <td className="py-2 pr-3">
                <div className="flex flex-col items-start gap-1">
                  <StatusBadge status={entry.status} />
                  <IdentityBadge identity={entry.identity} />
                </div>
              </td>
              <td className="py-2 pr-3 font-mono text-xs text-zinc-600" title={entry.md5 ?? undefined}>
                {entry.md5 ? `${entry.md5.slice(0, 10)}…` : "—"}
              </td>
              <td className="whitespace-nowrap py-2 tabular-nums text-zinc-600">{formatBytes(entry.sizeBytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
