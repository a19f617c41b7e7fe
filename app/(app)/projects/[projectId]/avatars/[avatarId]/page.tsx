import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteAvatarAction } from "@/lib/actions/avatars/delete-avatar";
import { EditAvatarButton } from "@/components/avatars/edit-avatar-button";
import { GenerationProgress } from "@/components/avatars/generation-progress";
import { ImageDetails } from "@/components/avatars/image-details";
import { RetryGenerationButton } from "@/components/avatars/retry-generation-button";
import { StatusBadge } from "@/components/avatars/status-badge";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { LightboxImage } from "@/components/ui/lightbox-image";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { BaseVersions } from "@/components/seed/base-versions";
import { SeedImagePanel } from "@/components/seed/seed-image-panel";
import { UsageHistory } from "@/components/seed/usage-history";
import { VariationSets } from "@/components/seed/variation-sets";
import { TrainingSetPanel } from "@/components/training/training-set-panel";
import { getAvatarOrThrow } from "@/lib/avatars/get-avatar-or-throw";
import { listBaseVersions } from "@/lib/avatars/list-base-versions";
import { listUsageEvents } from "@/lib/avatars/list-usage-events";
import { findLatestGeneration } from "@/lib/generations/find-latest-generation";
import { listAvatarImages } from "@/lib/images/list-avatar-images";
import { listImageProviders } from "@/lib/providers/image";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getAvatarCost } from "@/lib/usage/get-avatar-cost";
import { formatUsd } from "@/lib/usage/work-cost";

export default async function AvatarPage({ params }: { params: Promise<{ projectId: string; avatarId: string }> }) {
  const user = await requirePageUser();
  const { projectId, avatarId } = await params;
  const avatar = await orNotFound(getAvatarOrThrow(user.id, avatarId));
  if (avatar.projectId !== projectId) notFound();
  const [project, versions, variations, events, latestSeed, cost] = await Promise.all([
    getProjectOrThrow(user.id, projectId),
    listBaseVersions(user.id, avatarId),
    listAvatarImages(user.id, avatarId, "variation"),
    listUsageEvents(user.id, avatarId),
    findLatestGeneration(user.id, avatarId, "seed"),
    getAvatarCost(user.id, avatarId),
  ]);
  const latest = avatar.latestGeneration;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link href="/projects" className="hover:underline">Projects</Link> /{" "}
            <Link href={`/projects/${project.id}`} className="hover:underline">{project.name}</Link>
          </>
        }
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="min-w-0 break-words">{avatar.name}</span> <StatusBadge status={avatar.status} />
          </span>
        }
        actions={
          <>
            <EditAvatarButton avatar={avatar} />
            <ConfirmActionButton
              action={deleteAvatarAction}
              fields={{ avatarId: avatar.id, projectId: project.id }}
              label="Delete"
              title="Delete avatar?"
              message={<><strong>{avatar.name}</strong>, all its images and its history will be deleted. This cannot be undone.</>}
              confirmLabel="Delete avatar"
            />
          </>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[26rem_minmax(0,1fr)]">
        <div className="space-y-4">
          <Card className="overflow-hidden">
            {avatar.baseImage ? (
              <LightboxImage src={avatar.baseImage.url} alt={`${avatar.name} base image`} className="aspect-square w-full" flagged={avatar.baseImage.safety?.flagged} />
            ) : (
              <div className="grid aspect-square place-items-center bg-zinc-100 text-sm text-zinc-500">
                {avatar.status === "generating" ? "Generating…" : "No image yet"}
              </div>
            )}
          </Card>
          {latest && (latest.status !== "completed" || latest.errorMessage) && (
            <Card className="space-y-3 p-4">
              <GenerationProgress initial={latest} label={latest.type === "avatar" ? "Generation" : `${latest.type} generation`} />
              {(latest.status === "failed" || latest.errorMessage) && (
                <RetryGenerationButton generationId={latest.id} projectId={project.id} label={latest.status === "failed" ? "Retry" : "Retry failed images"} />
              )}
            </Card>
          )}
          <SeedImagePanel avatar={avatar} providers={listImageProviders()} />
        </div>
        <div className="space-y-6">
          {avatar.baseImage && (
            <Card className="p-5">
              <h2 className="mb-2 text-sm font-semibold text-zinc-900">Base image</h2>
              <ImageDetails image={avatar.baseImage} />
            </Card>
          )}
          <BaseVersions avatar={avatar} versions={versions} candidateGenerationId={latestSeed && latestSeed.total > 1 ? latestSeed.id : undefined} />
          <VariationSets images={variations} />
          <TrainingSetPanel avatar={avatar} projectId={project.id} />
          <PersonaSummary avatar={avatar} />
          <p className="text-sm text-zinc-600" data-testid="avatar-cost">
            Spent on this persona: <span className="font-medium text-zinc-900 tabular-nums">{formatUsd(cost.costUsd)}</span> for {cost.images}{" "}
            {cost.images === 1 ? "image" : "images"} (estimated from the price list).
          </p>
          <UsageHistory events={events} />
        </div>
      </div>
    </>
  );
}

function PersonaSummary({ avatar }: { avatar: Awaited<ReturnType<typeof getAvatarOrThrow>> }) {
  const persona = avatar.persona ?? {};
  const attributes = Object.entries(avatar.attributes ?? {}).filter(([, value]) => value);
  if (!persona.name && !persona.age && !persona.background && !persona.personalityTraits?.length && attributes.length === 0 && !avatar.appearanceDescription) {
    return null;
  }
  return (
    <Card className="space-y-3 p-5 text-sm">
      <h2 className="font-semibold text-zinc-900">Persona</h2>
      {(persona.name || persona.age) && (
        <p className="text-zinc-800">
          {persona.name}
          {persona.age ? `, ${persona.age}` : ""}
        </p>
      )}
      {persona.personalityTraits?.length ? (
        <div className="flex flex-wrap gap-1.5">
          {persona.personalityTraits.map((trait) => (
            <span key={trait} className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700">
              {trait}
            </span>
          ))}
        </div>
      ) : null}
      {persona.background && <p className="text-zinc-600">{persona.background}</p>}
      {avatar.appearanceDescription && <p className="text-zinc-600">{avatar.appearanceDescription}</p>}
      {attributes.length > 0 && (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {attributes.map(([key, value]) => (
            <div key={key}>
              <dt className="text-xs text-zinc-500">{key.replace(/([A-Z])/g, " $1").toLowerCase()}</dt>
              <dd className="text-zinc-800">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
