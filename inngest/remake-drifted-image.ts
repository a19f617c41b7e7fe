import type { GetStepTools } from "inngest";
import type { inngest } from "@/inngest/client";
import { measureRetryImage } from "@/lib/faces/measure-retry-image";
import { MAX_IDENTITY_RETRIES } from "@/lib/generations/identity-retry-plan";
import { keepBestAttempt, type MeasuredAttempt } from "@/lib/generations/keep-best-attempt";
import { reserveIdentityRetry } from "@/lib/generations/reserve-identity-retry";

/**
 * The steps that re-make drifted image `index` of a generation (inside generation-run, inngest/functions/run-generation.ts): per attempt,
 * reserve the paid call against the quota → call the provider with a new seed (`callProvider`: a
 * provider-call run, under the provider's limits) → score it, until one is
 * consistent or the project's maxIdentityRetries is reached; then keep the best attempt. Step ids carry
 * the image and the attempt, so a replayed run finds every finished step. A refused reservation, a cancel
 * or a call that fails for good stops the re-makes with a note on the image; `gone` when the generation
 * was deleted meanwhile.
 */
export async function remakeDriftedImage(
  step: GetStepTools<typeof inngest>,
  callProvider: (stepId: string, index: number, attempt: number) => Promise<{ cancelled: boolean; gone: boolean }>,
  generationId: string,
  index: number,
  first: MeasuredAttempt,
) {
  const attempts: MeasuredAttempt[] = [first];
  let note: string | undefined;
  for (let attempt = 1; attempt <= MAX_IDENTITY_RETRIES && attempts.at(-1)?.status !== "consistent"; attempt++) {
    const reservation = await step.run(`reserve-retry-${index}-${attempt}`, () => reserveIdentityRetry(generationId, index, attempt));
    if (!reservation.reserved) {
      if (reservation.gone) return { gone: true };
      note = reservation.note;
      break;
    }
    try {
      const made = await callProvider(`retry-${index}-${attempt}`, index, attempt);
      if (made.gone) return { gone: true };
      if (made.cancelled) {
        note = "Not re-made: the generation was cancelled";
        break;
      }
    } catch (error) {
      note = `A re-make failed: ${(error as Error).message}`;
      break;
    }
    const measured = await step.run(`analyse-retry-${index}-${attempt}`, () => measureRetryImage(generationId, index, attempt));
    if (measured) attempts.push({ attempt, ...measured });
  }
  return step.run(`keep-best-${index}`, () => keepBestAttempt(generationId, index, attempts, note));
}
