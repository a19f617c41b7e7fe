import type { StoredIdentity } from "@/lib/faces/face-check-types";
import { IdentityBadge } from "./identity-badge";
import { identityLabel, identityTitle } from "./identity-words";

/**
 * The identity in the large view: the badge, what it means, and for a re-made image every attempt with its
 * seed and score (the kept one marked) and why the re-makes stopped early, if they did.
 */
export function IdentityDetails({ identity }: { identity: StoredIdentity | null }) {
  if (!identity) return null;
  const kept = identity.tries?.findIndex((attempt) => attempt.score === identity.score && attempt.status === identity.status) ?? -1;
  return (
    <div className="space-y-2 text-sm" data-testid="identity-details">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-zinc-800">Identity</span>
        <IdentityBadge identity={identity} />
      </div>
      <p className="text-xs text-zinc-600">{identityTitle(identity)}.</p>
      {identity.tries && identity.tries.length > 1 && (
        <ol className="space-y-1" aria-label="Attempts">
          {identity.tries.map((attempt, index) => (
            <li key={index} className="flex flex-wrap gap-x-3 text-xs text-zinc-700" data-testid="identity-try">
              <span className="w-16">{index === 0 ? "First" : `Re-make ${index}`}</span>
              <span className="tabular-nums">{identityLabel(attempt)}</span>
              <span className="font-mono text-zinc-500">seed {attempt.seed}</span>
              {index === kept && <span className="font-medium text-emerald-700">kept</span>}
            </li>
          ))}
        </ol>
      )}
      {identity.note && <p className="text-xs text-amber-800">{identity.note}</p>}
      {identity.status === "drifted" && identity.tries && <p className="text-xs text-amber-800">Still drifted after the re-makes: marked for review.</p>}
    </div>
  );
}
