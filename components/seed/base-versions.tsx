import { selectBaseVersionAction } from "@/lib/actions/seed/select-base-version";
import { QualityReportView } from "@/components/faces/quality-report-view";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format-date";
import { LightboxImage } from "@/components/ui/lightbox-image";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AvatarView } from "@/lib/avatars/avatar-view";
import { allowedSeedActions, seedStateOf } from "@/lib/avatars/seed-image-rules";
import type { ImageView } from "@/lib/images/image-view";
import { ActionForm } from "./action-form";

/**
 * The latest candidates side by side with the current draft, then every base-image version ever made,
 * each with its prompt, seed, provider and time, and a way to pick or restore it.
 */
export function BaseVersions({ avatar, versions, candidateGenerationId }: { avatar: AvatarView; versions: ImageView[]; candidateGenerationId?: string }) {
  if (versions.length === 0) return null;
  const locked = !allowedSeedActions(seedStateOf(avatar)).replaceBase;
  const where = { avatarId: avatar.id, projectId: avatar.projectId };
  const candidates = candidateGenerationId ? versions.filter((image) => image.generationId === candidateGenerationId) : [];
  const current = versions.find((image) => image.id === avatar.baseImage?.id);
  const compare = candidates.length > 1 ? [...(current && !candidates.includes(current) ? [current] : []), ...candidates] : [];
  return (
    <div className="space-y-6">
      {compare.length > 0 && (
        <Card className="p-5" data-testid="candidates">
          <h2 className="text-sm font-semibold text-zinc-900">Compare candidates</h2>
          <p className="mt-1 text-sm text-zinc-600">Click an image to see it large. Pick the one that looks right; it becomes the draft.</p>
          <ul className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
            {compare.map((image, index) => (
              <li key={image.id} className="space-y-2">
                <LightboxImage src={image.url} thumbnail={image.thumbnailUrl} alt={`Candidate ${index + 1}`} className="aspect-square w-full rounded-lg ring-1 ring-zinc-200" flagged={image.safety?.flagged} />
                <div className="flex items-center justify-between text-xs text-zinc-500">
                  <span>{image.id === avatar.baseImage?.id ? "Current draft" : `Seed ${image.seed}`}</span>
                  {!locked && image.id !== avatar.baseImage?.id && (
                    <ActionForm action={selectBaseVersionAction} fields={{ ...where, imageId: image.id }}>
                      <SubmitButton variant="secondary" pendingText="…" className="px-2 py-1 text-xs">
                        Pick
                      </SubmitButton>
                    </ActionForm>
                  )}
                </div>
                <QualityReportView quality={image.quality} compact />
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card className="p-5">
        <h2 className="text-sm font-semibold text-zinc-900">Base-image history</h2>
        <ul className="mt-3 divide-y divide-zinc-100" aria-label="Base image versions">
          {versions.map((image) => (
            <li key={image.id} className="flex items-center gap-4 py-3">
              <LightboxImage src={image.url} thumbnail={image.thumbnailUrl} alt={`Version from ${formatDate(image.createdAt)}`} className="size-16 shrink-0 rounded-md ring-1 ring-zinc-200" flagged={image.safety?.flagged} />
              <div className="min-w-0 flex-1 text-sm">
                <p className="truncate text-zinc-800">{image.prompt ?? "Uploaded image"}</p>
                <p className="text-xs text-zinc-500">
                  {image.source} · {image.provider ?? "upload"}
                  {image.seed !== null ? ` · seed ${image.seed}` : ""} · {formatDate(image.createdAt)}
                </p>
                {image.quality && <QualityReportView quality={image.quality} compact />}
              </div>
              {image.id === avatar.baseImage?.id ? (
                <span className="text-xs font-medium text-brand-700">{avatar.baseImageStatus === "approved" ? "Approved" : "Current"}</span>
              ) : (
                !locked && (
                  <ActionForm action={selectBaseVersionAction} fields={{ ...where, imageId: image.id }}>
                    <SubmitButton variant="ghost" pendingText="…" className="text-xs">
                      Restore
                    </SubmitButton>
                  </ActionForm>
                )
              )}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
