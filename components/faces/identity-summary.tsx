import type { StoredIdentity } from "@/lib/faces/face-check-types";
import { identityLabel, identityTitle } from "./identity-words";

/** One line for a row of small images: how many are consistent, drifted… ("3 consistent · 1 drifted"); each image's own badge is in its large view. */
export function IdentitySummary({ identities }: { identities: (StoredIdentity | null)[] }) {
  const counts = new Map<StoredIdentity["status"], number>();
  for (const identity of identities) if (identity) counts.set(identity.status, (counts.get(identity.status) ?? 0) + 1);
  if (counts.size === 0) return null;
  return (
    <p className="text-xs text-zinc-600" data-testid="identity-summary">
      {[...counts.entries()].map(([status, count], index) => (
        <span key={status} title={identityTitle({ status })}>
          {index > 0 && " · "}
          {count} {identityLabel({ status, score: null })}
        </span>
      ))}
    </p>
  );
}
