"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { keepReviewItemAction } from "@/lib/actions/review/keep-review-item";
import { rejectReviewItemAction } from "@/lib/actions/review/reject-review-item";
import type { ReviewItem } from "@/lib/review/review-item";
import { ReviewCard, reviewItemLabel } from "./review-card";
import { ShortcutLegend } from "./shortcut-legend";

type Decision = "keep" | "reject";

/** Keys typed into a field, or while a dialog is open, are the field's or the dialog's, not shortcuts. */
function isShortcutTarget(event: KeyboardEvent) {
  if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable='true']")) return false;
  return !document.querySelector("dialog[open]");
}

/**
 * The review queue: one item selected at a time (j/k, or a click), kept (a) or rejected and
 * regenerated (r) through the same functions as REST. A decided item leaves the list at once; the
 * page's refreshed list follows from the server. Focus follows the selection, so a keyboard user stays
 * on the item the next key acts on. With nothing left it shows `empty`, below what was last done.
 */
export function ReviewQueue({ projectId, items, empty }: { projectId: string; items: ReviewItem[]; empty: React.ReactNode }) {
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState(0);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<ReviewItem | null>(null);
  const [pending, startTransition] = useTransition();
  const cards = useRef(new Map<string, HTMLElement>());
  const moveFocus = useRef(false);

  const visible = items.filter((item) => !decided.has(item.id));
  const index = Math.min(selected, visible.length - 1);
  const current = visible[index];

  useEffect(() => {
    if (!moveFocus.current || !current) return;
    moveFocus.current = false;
    const card = cards.current.get(current.id);
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: "nearest" });
  }, [current]);

  function move(by: number) {
    moveFocus.current = true;
    setSelected(Math.max(0, Math.min(visible.length - 1, index + by)));
  }

  function decide(item: ReviewItem, decision: Decision, confirmed = false) {
    if (pending) return;
    setSelected(visible.indexOf(item));
    if (decision === "keep" && item.kind === "base" && item.verdict === "poor" && !confirmed) {
      setConfirming(item);
      return;
    }
    setConfirming(null);
    setError(undefined);
    const form = new FormData();
    form.set("imageId", item.id);
    form.set("projectId", projectId);
    startTransition(async () => {
      const state = await (decision === "keep" ? keepReviewItemAction : rejectReviewItemAction)({}, form);
      if (state.error) {
        setError(`${reviewItemLabel(item)}: ${state.error}`);
        return;
      }
      moveFocus.current = true;
      setDecided((before) => new Set(before).add(item.id));
      setStatus(
        decision === "keep"
          ? `Kept ${reviewItemLabel(item)}${item.kind === "base" ? " (approved)" : ""}`
          : `Rejected ${reviewItemLabel(item)}: a replacement is being generated`,
      );
    });
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isShortcutTarget(event)) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () => current && decide(current, "keep"),
        r: () => current && decide(current, "reject"),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (visible.length === 0) {
    return (
      <div className="space-y-4">
        {status && (
          <p role="status" className="text-sm font-medium text-emerald-700" data-testid="review-status">
            {status}
          </p>
        )}
        {empty}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ShortcutLegend />
        <p className="text-sm text-zinc-600" data-testid="review-count">
          {visible.length === 1 ? "1 item" : `${visible.length} items`} on this page
        </p>
      </div>
      <p role="status" className="min-h-5 text-sm font-medium text-emerald-700" data-testid="review-status">
        {pending ? "Working…" : status}
      </p>
      <FormError message={error} />
      <ol className="space-y-4" aria-label="Review queue">
        {visible.map((item, position) => (
          <li key={item.id}>
            <ReviewCard
              ref={(element) => {
                if (element) cards.current.set(item.id, element);
                else cards.current.delete(item.id);
              }}
              item={item}
              projectId={projectId}
              selected={position === index}
              busy={pending}
              onSelect={() => setSelected(position)}
              onKeep={() => decide(item, "keep")}
              onReject={() => decide(item, "reject")}
            />
          </li>
        ))}
      </ol>
      <Dialog open={confirming !== null} onClose={() => setConfirming(null)} title="Approve a poor base image?">
        {confirming && (
          <>
            <p className="text-sm text-zinc-700">The quality check found problems with {confirming.avatar.name}&apos;s base image:</p>
            <ul className="mt-2 list-disc pl-5 text-sm text-red-700">
              {(confirming.image.quality?.messages ?? []).map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm text-zinc-700">Approving locks the look: every variation and training image is made from it.</p>
            <div className="mt-5 flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
                Cancel
              </Button>
              <Button type="button" onClick={() => decide(confirming, "keep", true)}>
                Approve anyway
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
