"use client";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { cancelGenerationAction } from "@/lib/actions/jobs/cancel-generation";

/** Cancels a queued or running generation or training set, after asking. */
export function CancelGenerationButton({ generationId, what = "generation" }: { generationId: string; what?: string }) {
  return (
    <ConfirmActionButton
      action={cancelGenerationAction}
      fields={{ generationId }}
      label="Cancel"
      title={`Cancel this ${what}?`}
      message={<>No new image is started for it. An image being generated right now may still finish and is kept, as are those already made. You can retry it later.</>}
      confirmLabel={`Cancel ${what}`}
    />
  );
}
