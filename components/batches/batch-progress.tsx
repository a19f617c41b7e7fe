import type { BatchView } from "@/lib/batches/batch-view";
import { formatUsd } from "@/lib/usage/work-cost";
import { ProgressBar } from "./progress-bar";

type ProgressOf = Pick<BatchView, "total" | "personasDone" | "personasFailed" | "images" | "imagesDone" | "imagesTotal" | "costUsd" | "estimatedCostUsd">;

/** Personas done / total and, when the batch makes images, images done / total and what they cost so far. */
export function BatchProgress({ batch }: { batch: ProgressOf }) {
  return (
    <div className="space-y-2">
      <ProgressBar label="Personas" done={batch.personasDone} total={batch.total} failed={batch.personasFailed} />
      {batch.images && <ProgressBar label="Images" done={batch.imagesDone} total={batch.imagesTotal} />}
      {batch.images && (
        <p className="text-xs text-zinc-500" data-testid="batch-cost">
          Cost so far: <span className="font-medium text-zinc-800 tabular-nums">{formatUsd(batch.costUsd)}</span>
          {batch.estimatedCostUsd > 0 && <> of an estimated {formatUsd(batch.estimatedCostUsd)}</>}
        </p>
      )}
    </div>
  );
}
