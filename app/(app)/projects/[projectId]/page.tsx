import Link from "next/link";
import { deleteProjectAction } from "@/lib/actions/projects/delete-project";
import { AvatarFilters } from "@/components/avatars/avatar-filters";
import { AvatarGrid } from "@/components/avatars/bulk/avatar-grid";
import { NewPersonaButton } from "@/components/avatars/new-persona-button";
import { UploadAvatarButton } from "@/components/avatars/upload-avatar-button";
import { EditProjectButton } from "@/components/projects/edit-project-button";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { formatDate } from "@/components/ui/format-date";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { avatarListQueryFromSearch } from "@/lib/avatars/avatar-list-query";
import { countAvatars, listAvatars } from "@/lib/avatars/list-avatars";
import { listBatches } from "@/lib/batches/list-batches";

import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import type { SearchParams } from "@/lib/pagination/page-params";

export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const query = avatarListQueryFromSearch(await searchParams, 24);
  const { cursor, sort, limit: _limit, ...filter } = query;
  const filtered = Boolean(filter.q || filter.status || filter.batchId);
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  const [page, total, missingBase, batches] = await Promise.all([
    listAvatars(user.id, project.id, query),
    filtered ? countAvatars(user.id, project.id, filter) : project.avatarCount,
    countAvatars(user.id, project.id, { missingBase: true }),
    listBatches(user.id, project.id, { limit: 50 }),
  ]);
  const generating = page.items.some((avatar) => avatar.status === "generating");
  return (
    <>
      <PageHeader
        breadcrumb={<Link href="/projects" className="hover:underline">Projects</Link>}
        title={project.name}
        description={project.description}
        actions={
          <>
            <EditProjectButton project={project} />
            <ConfirmActionButton
              action={deleteProjectAction}
              fields={{ projectId: project.id }}
              label="Delete"
              title="Delete project?"
              message={
                <>
                  <strong>{project.name}</strong> and everything in it (personas, images, batches) will be deleted. This cannot be undone.
                </>
              }
              confirmLabel="Delete project"
            />
          </>
        }
      />
      <ProjectTabs projectId={project.id} active="avatars" />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-zinc-900">
          Avatars <span className="text-sm font-normal text-zinc-500">({project.avatarCount})</span>
        </h2>
        <div className="flex gap-2">
          <NewPersonaButton projectId={project.id} />
          <UploadAvatarButton projectId={project.id} />
          <ButtonLink href={`/projects/${project.id}/avatars/new`}>Generate avatar</ButtonLink>
        </div>
      </div>
      {generating && <AutoRefresh seconds={2} />}
      {project.avatarCount > 0 && (
        <AvatarFilters
          projectId={project.id}
          query={query}
          batches={batches.items.map((batch) => ({ id: batch.id, label: `Batch of ${batch.count}, ${formatDate(batch.createdAt)}` }))}
        />
      )}
      {page.items.length === 0 && !cursor ? (
        filtered ? (
          <EmptyState title="No personas match" action={<ButtonLink href={`/projects/${project.id}`} variant="secondary">Clear the filters</ButtonLink>}>
            Nothing in this project matches the search and filters. Try another name or status.
          </EmptyState>
        ) : (
          <EmptyState title="No avatars yet" action={<ButtonLink href={`/projects/${project.id}/avatars/new`}>Generate your first avatar</ButtonLink>}>
            Generate a persona from a description (no keys needed: the built-in generator works offline), or upload a photo you already have.
          </EmptyState>
        )
      ) : (
        <>
          {filtered && (
            <p className="mb-3 text-sm text-zinc-600" role="status">
              {total} {total === 1 ? "persona matches" : "personas match"}
            </p>
          )}
          <AvatarGrid projectId={project.id} avatars={page.items} total={total} filter={filter} missingBase={missingBase} />
        </>
      )}
      <Pager base={`/projects/${project.id}`} cursor={cursor} nextCursor={page.nextCursor} params={{ ...filter, sort: sort === "newest" ? undefined : sort }} />
    </>
  );
}
