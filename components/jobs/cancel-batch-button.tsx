"use client";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { cancelBatchAction } from "@/lib/actions/jobs/cancel-batch";

/** Cancels a queued or running batch, after asking. */
export function CancelBatchButton({ batchId }: { batchId: string }) {
  return (
    <ConfirmActionButton
      action={cancelBatchAction}
      fields={{ batchId }}
      label="Cancel batch"
      title="Cancel this batch?"
      message={<>No new image is started for it. Personas already finished stay, an image being generated right now may still finish and is kept. Resume continues the unfinished personas.</>}
      confirmLabel="Cancel batch"
    />
  );
}
