import { AvatarCard } from "@/components/avatars/avatar-card";
import { IdentityDetails } from "@/components/faces/identity-details";
import { IdentitySummary } from "@/components/faces/identity-summary";
import { LightboxImage } from "@/components/ui/lightbox-image";
import type { BatchDetail } from "@/lib/batches/get-batch-detail";

const STAGE_LABELS: Record<string, string> = { base: "base image", approve: "approval", variations: "variations", data: "data", done: "done" };

/** One persona of a batch: its avatar card, its bio and traits, where its batch run is, and the variations it got. */
export function BatchPersonaCard({ avatar, images }: { avatar: BatchDetail["avatars"][number]; images: boolean }) {
  const run = avatar.batchPersona;
  return (
    <div className="space-y-2" data-testid="batch-persona" data-status={run.status}>
      <AvatarCard avatar={avatar} />
      <PersonaFacts persona={avatar.persona} />
      {images && run.status === "pending" && <p className="text-xs text-zinc-500">Waiting for its turn…</p>}
      {images && run.status === "running" && <p className="text-xs text-zinc-600">Working on its {STAGE_LABELS[run.stage ?? ""] ?? "images"}…</p>}
      {run.status === "needs_review" && (
        <p className="line-clamp-3 text-xs text-amber-800" title={run.errorMessage ?? undefined}>
          Waits in review{run.errorMessage ? `: ${run.errorMessage}` : ""}. Approve its base to make its variations.
        </p>
      )}
      {run.status === "cancelled" && <p className="text-xs text-amber-800">Cancelled: resume the batch to finish it.</p>}
      {run.status === "failed" && (
        <p className="line-clamp-3 text-xs text-red-700" title={run.errorMessage ?? undefined}>
          Failed at its {STAGE_LABELS[run.stage ?? ""] ?? run.stage}: {run.errorMessage ?? "no reason recorded"}
        </p>
      )}
      {avatar.variations.length > 0 && (
        <ul className="grid grid-cols-4 gap-1" aria-label={`${avatar.name} variations`}>
          {avatar.variations.map((image, i) => (
            <li key={image.id}>
              <LightboxImage
                src={image.url}
                thumbnail={image.thumbnailUrl}
                alt={`${avatar.name} variation ${i + 1}`}
                className="aspect-square w-full rounded"
                details={<IdentityDetails identity={image.identity} />}
                flagged={image.safety?.flagged}
              />
            </li>
          ))}
        </ul>
      )}
      <IdentitySummary identities={avatar.variations.map((image) => image.identity)} />
    </div>
  );
}

/** The written persona: traits as chips, age, and the bio (clamped; the avatar page shows it whole). */
function PersonaFacts({ persona }: { persona: BatchDetail["avatars"][number]["persona"] }) {
  const traits = persona?.personalityTraits?.filter(Boolean) ?? [];
  if (!persona?.background && traits.length === 0 && !persona?.age) return null;
  return (
    <div className="space-y-1.5 text-xs" data-testid="batch-persona-facts">
      {traits.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label="Traits">
          {traits.map((trait) => (
            <li key={trait} className="rounded-full bg-zinc-100 px-2 py-0.5 text-zinc-700">
              {trait}
            </li>
          ))}
        </ul>
      )}
      {persona?.age ? <p className="text-zinc-500">Age {persona.age}</p> : null}
      {persona?.background && (
        <p className="line-clamp-4 break-words text-zinc-600" title={persona.background}>
          {persona.background}
        </p>
      )}
    </div>
  );
}
