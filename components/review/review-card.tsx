"use client";

import Link from "next/link";
import { IdentityBadge } from "@/components/faces/identity-badge";
import { QualityBadge } from "@/components/faces/quality-report-view";
import { Button } from "@/components/ui/button";
import { LightboxImage } from "@/components/ui/lightbox-image";
import type { ReviewItem } from "@/lib/review/review-item";

const KIND_LABELS: Record<string, string> = { variation: "Variation", training: "Training image", base: "Base image waiting for approval" };

export function reviewItemLabel(item: ReviewItem) {
  return `${item.avatar.name}: ${KIND_LABELS[item.image.kind] ?? "Image"}`;
}

/** One item of the queue: the seed and the image side by side, why it is here, keep or reject. */
export function ReviewCard({
  item,
  projectId,
  selected,
  busy,
  onSelect,
  onKeep,
  onReject,
  ref,
}: {
  item: ReviewItem;
  projectId: string;
  selected: boolean;
  busy: boolean;
  onSelect: () => void;
  onKeep: () => void;
  onReject: () => void;
  ref?: React.Ref<HTMLElement>;
}) {
  const label = reviewItemLabel(item);
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-label={label}
      aria-current={selected ? "true" : undefined}
      data-testid="review-item"
      data-kind={item.kind}
      onFocus={onSelect}
      onClick={onSelect}
      className={`rounded-xl border bg-white p-4 shadow-sm outline-none sm:p-5 ${selected ? "border-brand-500 ring-2 ring-brand-500/40" : "border-zinc-200"}`}
    >
      <header className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <Link href={`/projects/${projectId}/avatars/${item.avatar.id}`} className="font-semibold text-zinc-900 hover:underline">
            {item.avatar.name}
          </Link>
          <span className="ml-2 text-sm text-zinc-500">{KIND_LABELS[item.image.kind] ?? "Image"}</span>
        </div>
        {item.kind === "image" ? <IdentityBadge identity={item.image.identity} /> : item.image.quality && <QualityBadge quality={item.image.quality} />}
      </header>
      <div className="grid grid-cols-2 gap-3">
        <figure className="min-w-0">
          {item.seed ? (
            <LightboxImage src={item.seed.url} alt={`${item.avatar.name} seed`} className="aspect-square w-full rounded-lg bg-zinc-100" />
          ) : (
            <div className="flex aspect-square w-full items-center justify-center rounded-lg border border-dashed border-zinc-300 p-3 text-center text-xs text-zinc-500">
              No approved seed yet: keeping this base approves it as the seed
            </div>
          )}
          <figcaption className="mt-1 text-xs text-zinc-500">Seed</figcaption>
        </figure>
        <figure className="min-w-0">
          <LightboxImage src={item.image.url} alt={label} className="aspect-square w-full rounded-lg bg-zinc-100" />
          <figcaption className="mt-1 text-xs text-zinc-500">{item.kind === "base" ? "Waiting base" : "Under review"}</figcaption>
        </figure>
      </div>
      <ul className="mt-3 list-disc space-y-0.5 pl-5 text-sm text-zinc-700" data-testid="review-reasons">
        {item.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="button" onClick={onKeep} disabled={busy} aria-keyshortcuts="a">
          {item.kind === "base" ? "Keep (approve)" : "Keep"}
        </Button>
        <Button type="button" variant="secondary" onClick={onReject} disabled={busy} aria-keyshortcuts="r">
          Reject and regenerate
        </Button>
      </div>
    </article>
  );
}
