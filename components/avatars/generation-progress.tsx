"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CancelGenerationButton } from "@/components/jobs/cancel-generation-button";
import { useJobEvents } from "@/components/ui/use-job-events";
import { generationStageLabel } from "@/lib/generations/generation-stage-label";

interface GenerationState {
  id: string;
  status: string;
  stage: string;
  currentIndex?: number | null;
  progress: number;
  errorMessage: string | null;
  total?: number;
  done?: number;
  failed?: number;
  provider?: string;
  /** While the run waits out the provider's Retry-After. */
  waitingUntil?: Date | string | null;
}

const FINISHED = ["completed", "failed", "cancelled"];

/**
 * Follows a generation until it finishes (its live events; polling its REST resource once a second
 * only while the live stream is not connected), then refreshes the page so the new images show. Failure shows the job's message; while it runs it can be cancelled.
 */
export function GenerationProgress({ initial, label = "Generation" }: { initial: GenerationState; label?: string }) {
  const router = useRouter();
  const [generation, setGeneration] = useState(initial);
  // A new server render (after refresh or a retry) replaces what polling saw.
  const [shownInitial, setShownInitial] = useState(initial);
  if (shownInitial !== initial) {
    setShownInitial(initial);
    setGeneration(initial);
  }
  const finished = FINISHED.includes(generation.status);
  const live = useJobEvents((event) => {
    if (event.data.id !== generation.id || !event.type.startsWith("generation.") && !event.type.startsWith("training.")) return;
    setGeneration((current) => ({ ...current, ...(event.data as Partial<GenerationState>) }));
  }, !finished);
  const refreshed = useRef(false);
  useEffect(() => {
    refreshed.current = false;
  }, [initial]);
  useEffect(() => {
    if (finished) {
      if (!refreshed.current && initial.status !== generation.status) {
        refreshed.current = true;
        router.refresh();
      }
      return;
    }
    const poll = async () => {
      const res = await fetch(`/api/v1/generations/${generation.id}`, { cache: "no-store" }).catch(() => null);
      if (res?.ok) setGeneration((await res.json()).generation);
    };
    // Once connected, one read catches up with what happened before the stream opened; then events only.
    if (live) return void poll();
    const timer = setInterval(poll, 1000);
    return () => clearInterval(timer);
  }, [finished, live, generation.id, generation.status, initial.status, router]);

  const percent = generation.status === "completed" ? 100 : generation.progress;
  const failed = generation.status === "failed";
  const cancelled = generation.status === "cancelled";
  return (
    <div className="space-y-2" data-testid="generation-progress" data-status={generation.status}>
      <div className="flex items-center justify-between gap-3 text-sm">
        <span className="font-medium text-zinc-800" data-testid="generation-stage">
          {label}: {failed ? "failed" : cancelled ? "cancelled" : generation.status === "completed" ? "done" : generationStageLabel(generation)}
        </span>
        <span className="flex items-center gap-3">
          <span className="tabular-nums text-zinc-500">{percent}%</span>
          {!finished && <CancelGenerationButton generationId={generation.id} what={label.toLowerCase()} />}
        </span>
      </div>
      <div
        className="h-2 overflow-hidden rounded-full bg-zinc-200"
        role="progressbar"
        aria-label={`${label} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div
          className={`h-full rounded-full transition-all duration-500 ${failed ? "bg-red-500" : cancelled ? "bg-zinc-400" : generation.status === "completed" ? "bg-emerald-500" : "bg-brand-500"}`}
          style={{ width: `${Math.max(percent, 3)}%` }}
        />
      </div>
      {generation.errorMessage && (
        <p className={`text-sm ${failed ? "text-red-700" : "text-amber-700"}`} role="alert">
          {generation.errorMessage}
        </p>
      )}
    </div>
  );
}
