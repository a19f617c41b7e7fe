"use client";

import { useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/auth/validated-action";
import type { WorkEstimate } from "@/lib/usage/estimate-work";

type Shown = { kind: "estimate"; estimate: WorkEstimate } | { kind: "invalid"; message: string } | { kind: "idle" };

/**
 * What the surrounding form would cost, asked of the server as the form changes (debounced): "25 personas ×
 * 5 images ≈ $5.25 with openai gpt-image-1 (medium)", and what would stop it (the quota) before it is sent.
 * `watch` re-asks when controlled inputs change the form without an input event.
 */
export function CostEstimate({ action, watch, compact = false }: { action: FormAction<WorkEstimate>; watch?: unknown; compact?: boolean }) {
  const ref = useRef<HTMLOutputElement>(null);
  const [shown, setShown] = useState<Shown>({ kind: "idle" });

  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const ask = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const asked = ++latest;
        try {
          const state = await action({}, new FormData(form));
          if (asked !== latest) return;
          if (state.result) setShown({ kind: "estimate", estimate: state.result });
          else setShown({ kind: "invalid", message: "shown once the form is filled in correctly" });
        } catch {
          if (asked === latest) setShown({ kind: "invalid", message: "The estimate is not available right now" });
        }
      }, 250);
    };
    ask();
    form.addEventListener("input", ask);
    form.addEventListener("change", ask);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", ask);
      form.removeEventListener("change", ask);
    };
  }, [action, watch]);

  // role "note": read out as it changes, but not a status message of the form (its own "Saved." is that).
  return (
    <output
      ref={ref}
      role="note"
      aria-live="polite"
      className={compact ? "mt-1 block max-w-64 text-xs text-zinc-500" : "block rounded-lg bg-zinc-50 px-3 py-2 text-sm"}
      data-testid="cost-estimate"
    >
      {shown.kind === "idle" && <span className="text-zinc-500">Estimating the cost…</span>}
      {shown.kind === "invalid" && <span className="text-zinc-500">Cost: {shown.message}</span>}
      {shown.kind === "estimate" && (
        <>
          <span className={compact ? "" : "font-medium text-zinc-900"}>{shown.estimate.summary}</span>
          {shown.estimate.remaining && shown.estimate.withinQuota && (
            <span className="block text-xs text-zinc-500">{remainingText(shown.estimate.remaining)}</span>
          )}
          {shown.estimate.refusal && <span className="mt-1 block text-amber-800">{shown.estimate.refusal}</span>}
        </>
      )}
    </output>
  );
}

function remainingText(remaining: NonNullable<WorkEstimate["remaining"]>) {
  const parts = [
    remaining.images === null ? null : `${remaining.images} images`,
    remaining.costUsd === null ? null : `$${remaining.costUsd.toFixed(2)}`,
  ].filter(Boolean);
  return `Left this month: ${parts.join(" and ")}`;
}
