import Link from "next/link";
import { deleteProjectAction } from "@/lib/actions/projects/delete-project";
import { AvatarCard } from "@/components/avatars/avatar-card";
import { NewPersonaButton } from "@/components/avatars/new-persona-button";
import { UploadAvatarButton } from "@/components/avatars/upload-avatar-button";
import { EditProjectButton } from "@/components/projects/edit-project-button";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { listAvatars } from "@/lib/avatars/list-avatars";
import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { pageParamsFromSearch, type SearchParams } from "@/lib/pagination/page-params";

export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const pageParams = pageParamsFromSearch(await searchParams, 24);
  const { cursor } = pageParams;
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  const page = await listAvatars(user.id, project.id, pageParams);
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
      {page.items.length === 0 && !cursor ? (
        <EmptyState title="No avatars yet" action={<ButtonLink href={`/projects/${project.id}/avatars/new`}>Generate your first avatar</ButtonLink>}>
          Generate a persona from a description (no keys needed: the built-in generator works offline), or upload a photo you already have.
        </EmptyState>
      ) : (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6" aria-label="Avatars">
          {page.items.map((avatar) => (
            <li key={avatar.id}>
              <AvatarCard avatar={avatar} />
            </li>
          ))}
        </ul>
      )}
      <Pager base={`/projects/${project.id}`} cursor={cursor} nextCursor={page.nextCursor} />
    </>
  );
}
