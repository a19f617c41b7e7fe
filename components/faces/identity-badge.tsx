import type { StoredIdentity } from "@/lib/faces/face-check-types";
import { identityLabel, identityTitle, triesLabel } from "./identity-words";

const STYLES: Record<StoredIdentity["status"], string> = {
  consistent: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  drifted: "bg-red-50 text-red-700 ring-red-600/20",
  "no-face": "bg-amber-50 text-amber-800 ring-amber-600/20",
  "not-measured": "bg-zinc-100 text-zinc-600 ring-zinc-500/20",
};

/**
 * How closely an image made from the seed keeps the seed's face ("consistent 0.86", "drifted 0.52"), and
 * how many attempts it took; the title explains the status. Nothing until it is analysed.
 */
export function IdentityBadge({ identity }: { identity: StoredIdentity | null }) {
  if (!identity) return null;
  const tries = triesLabel(identity);
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span
        data-testid="identity-badge"
        data-status={identity.status}
        title={identityTitle(identity)}
        className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium tabular-nums ring-1 ring-inset ${STYLES[identity.status]}`}
      >
        {identityLabel(identity)}
      </span>
      {tries && (
        <span data-testid="identity-attempts" className="text-xs text-zinc-500" title={identity.note}>
          {tries}
        </span>
      )}
    </span>
  );
}
