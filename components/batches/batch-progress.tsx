import type { BatchView } from "@/lib/batches/batch-view";
import { ProgressBar } from "./progress-bar";

/** Personas done / total and, when the batch makes images, images done / total. */
export function BatchProgress({ batch }: { batch: Pick<BatchView, "total" | "personasDone" | "personasFailed" | "images" | "imagesDone" | "imagesTotal"> }) {
  return (
    <div className="space-y-2">
      <ProgressBar label="Personas" done={batch.personasDone} total={batch.total} failed={batch.personasFailed} />
      {batch.images && <ProgressBar label="Images" done={batch.imagesDone} total={batch.imagesTotal} />}
    </div>
  );
}
