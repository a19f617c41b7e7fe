import Link from "next/link";
import { deleteProjectAction } from "@/app/(app)/projects/actions";
import { EditProjectButton } from "@/components/projects/edit-project-button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requirePageUser();
  const project = await orNotFound(getProjectOrThrow(user.id, (await params).projectId));
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
      <EmptyState title="No personas yet">Personas you create in this project will appear here.</EmptyState>
    </>
  );
}
