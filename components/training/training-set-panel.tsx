import { GenerationProgress } from "@/components/avatars/generation-progress";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/current-user";
import type { AvatarView } from "@/lib/avatars/avatar-view";
import { allowedSeedActions, seedStateOf } from "@/lib/avatars/seed-image-rules";
import { listImageProviders } from "@/lib/providers/image";
import { getLatestTrainingGeneration } from "@/lib/training/get-latest-training-generation";
import { getTrainingManifest } from "@/lib/training/get-training-manifest";
import { listTrainingPrompts } from "@/lib/training/list-training-prompts";
import { RetryFailedTrainingButton } from "./retry-failed-training-button";
import { TrainingDownloads } from "./training-downloads";
import { TrainingManifestTable } from "./training-manifest-table";
import { TriggerWordForm } from "./trigger-word-form";
import { TrainingSetForm } from "./training-set-form";

/**
 * The avatar page's training-set section: the form (once the base is approved), the latest run's
 * progress, the manifest with its statistics and "Retry failed", and the exports for LoRA trainers
 * (trigger word, a download per format, the manifests).
 */
export async function TrainingSetPanel({ avatar, projectId }: { avatar: AvatarView; projectId: string }) {
  const user = await requirePageUser();
  const approved = allowedSeedActions(seedStateOf(avatar)).useApprovedBase;
  const [manifest, library, latest] = await Promise.all([
    getTrainingManifest(user.id, avatar.id),
    approved ? listTrainingPrompts(user.id, projectId) : Promise.resolve([]),
    getLatestTrainingGeneration(user.id, avatar.id),
  ]);
  const { statistics } = manifest;
  const running = latest?.status === "pending" || latest?.status === "processing";
  const donePrompts = manifest.trainingData.filter((entry) => entry.status === "completed").map((entry) => entry.prompt.toLowerCase());
  return (
    <Card className="space-y-5 p-5" data-testid="training-set-panel">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-base font-semibold text-zinc-900">Training set</h2>
        {statistics.count > 0 && (
          <p className="text-sm text-zinc-600" data-testid="training-statistics">
            {statistics.count} {statistics.count === 1 ? "image" : "images"} · <span className="text-emerald-700">{statistics.succeeded} succeeded</span>
            {" · "}
            <span className={statistics.failed ? "text-red-700" : undefined}>{statistics.failed} failed</span>
            {statistics.pending > 0 && ` · ${statistics.pending} in progress`}
          </p>
        )}
      </div>
      {approved ? (
        <TrainingSetForm
          avatarId={avatar.id}
          projectId={projectId}
          library={library.map((prompt) => prompt.text)}
          donePrompts={donePrompts}
          providers={listImageProviders()}
        />
      ) : (
        <p className="rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-600">
          Approve a base image to generate a training set: every training image is made from the approved look.
        </p>
      )}
      {latest && (running || latest.status === "failed" || latest.status === "cancelled" || latest.errorMessage) && (
        <GenerationProgress initial={latest} label="Training set" />
      )}
      {running && <AutoRefresh seconds={3} />}
      {statistics.count > 0 && (
        <>
          <TrainingManifestTable entries={manifest.trainingData} />
          {statistics.failed > 0 && !running && <RetryFailedTrainingButton avatarId={avatar.id} projectId={projectId} failed={statistics.failed} />}
        </>
      )}
      <section className="space-y-4 border-t border-zinc-100 pt-4" aria-label="Export for LoRA training">
        <h3 className="text-sm font-semibold text-zinc-900">Export for LoRA training</h3>
        <TriggerWordForm avatarId={avatar.id} projectId={projectId} triggerWord={avatar.triggerWord} isDefault={avatar.triggerWordIsDefault} />
        {statistics.succeeded > 0 ? (
          <TrainingDownloads avatarId={avatar.id} />
        ) : (
          <p className="text-sm text-zinc-600">Downloads appear once the training set has finished images.</p>
        )}
      </section>
    </Card>
  );
}
