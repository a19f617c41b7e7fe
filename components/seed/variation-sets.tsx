import { IdentityBadge } from "@/components/faces/identity-badge";
import { IdentityDetails } from "@/components/faces/identity-details";
import { Card } from "@/components/ui/card";
import { NOT_MEASURED_MESSAGE } from "@/lib/faces/face-check-types";
import { formatDate } from "@/components/ui/format-date";
import { LightboxImage } from "@/components/ui/lightbox-image";
import type { ImageView } from "@/lib/images/image-view";

/** Variations of the approved base, one row per set (generation), newest set first. */
export function VariationSets({ images }: { images: ImageView[] }) {
  if (images.length === 0) return null;
  const sets = new Map<string, ImageView[]>();
  for (const image of images) {
    const key = image.generationId ?? image.id;
    sets.set(key, [...(sets.get(key) ?? []), image]);
  }
  return (
    <Card className="p-5" data-testid="variations">
      <h2 className="text-sm font-semibold text-zinc-900">Variations</h2>
      {images.some((image) => image.identity?.status === "not-measured") && <p className="mt-1 text-xs text-zinc-500">Identity {NOT_MEASURED_MESSAGE.charAt(0).toLowerCase()}{NOT_MEASURED_MESSAGE.slice(1)}.</p>}
      <div className="mt-3 space-y-5">
        {[...sets.entries()].map(([key, set]) => (
          <div key={key}>
            <p className="mb-2 text-xs text-zinc-500">{formatDate(set[0].createdAt)}</p>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {[...set].sort((a, b) => a.id.localeCompare(b.id)).map((image, index) => (
                <li key={image.id} className="space-y-1">
                  <LightboxImage
                    src={image.url}
                    thumbnail={image.thumbnailUrl}
                    alt={`Variation ${index + 1}`}
                    className="aspect-square w-full rounded-lg ring-1 ring-zinc-200"
                    details={<IdentityDetails identity={image.identity} />}
                    flagged={image.safety?.flagged}
                  />
                  <IdentityBadge identity={image.identity} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Card>
  );
}
