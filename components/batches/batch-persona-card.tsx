import { AvatarCard } from "@/components/avatars/avatar-card";
import { LightboxImage } from "@/components/ui/lightbox-image";
import type { BatchDetail } from "@/lib/batches/get-batch-detail";

const STAGE_LABELS: Record<string, string> = { base: "base image", approve: "approval", variations: "variations", data: "data", done: "done" };

/** One persona of a batch: its avatar card, where its batch run is, and the variations it got. */
export function BatchPersonaCard({ avatar, images }: { avatar: BatchDetail["avatars"][number]; images: boolean }) {
  const run = avatar.batchPersona;
  return (
    <div className="space-y-2" data-testid="batch-persona" data-status={run.status}>
      <AvatarCard avatar={avatar} />
      {images && run.status === "pending" && <p className="text-xs text-zinc-500">Waiting for its turn…</p>}
      {images && run.status === "running" && <p className="text-xs text-zinc-600">Working on its {STAGE_LABELS[run.stage ?? ""] ?? "images"}…</p>}
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
              <LightboxImage src={image.url} thumbnail={image.thumbnailUrl} alt={`${avatar.name} variation ${i + 1}`} className="aspect-square w-full rounded" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
