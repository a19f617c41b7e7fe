import type { StoredIdentity } from "@/lib/faces/face-check-types";
import { NOT_MEASURED_MESSAGE } from "@/lib/faces/face-check-types";

const STYLES: Record<StoredIdentity["status"], string> = {
  consistent: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  drifted: "bg-red-50 text-red-700 ring-red-600/20",
  "no-face": "bg-amber-50 text-amber-800 ring-amber-600/20",
  "not-measured": "bg-zinc-100 text-zinc-600 ring-zinc-500/20",
};

function labelOf(identity: StoredIdentity) {
  const score = identity.score !== null ? ` ${Math.round(identity.score * 100)}%` : "";
  switch (identity.status) {
    case "consistent":
      return `Same face${score}`;
    case "drifted":
      return `Drifted${score}`;
    case "no-face":
      return "No face";
    case "not-measured":
      return "Not measured";
  }
}

const TITLES: Record<StoredIdentity["status"], string> = {
  consistent: "The face matches the approved seed",
  drifted: "The face differs from the approved seed: below the project's identity threshold",
  "no-face": "No face was found in this image",
  "not-measured": NOT_MEASURED_MESSAGE,
};

/** How closely an image made from the seed keeps the seed's face; nothing until it is analysed. */
export function IdentityBadge({ identity }: { identity: StoredIdentity | null }) {
  if (!identity) return null;
  return (
    <span
      data-testid="identity-badge"
      data-status={identity.status}
      title={TITLES[identity.status]}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[identity.status]}`}
    >
      {labelOf(identity)}
    </span>
  );
}
