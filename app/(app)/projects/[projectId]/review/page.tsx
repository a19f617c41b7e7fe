import Link from "next/link";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { ReviewQueue } from "@/components/review/review-queue";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { pageParamsFromSearch, type SearchParams } from "@/lib/pagination/page-params";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listReviewItems } from "@/lib/review/list-review-items";

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  const pageParams = pageParamsFromSearch(await searchParams, 20);
  const page = await listReviewItems(user.id, project.id, pageParams);
  return (
    <>
      <PageHeader breadcrumb={<Link href="/projects" className="hover:underline">Projects</Link>} title={project.name} description={project.description} />
      <ProjectTabs projectId={project.id} active="review" />
      <ReviewQueue
        projectId={project.id}
        items={page.items}
        empty={
          <EmptyState title="Nothing to review">
            Images that still drift from their seed after the automatic retries, and base images waiting for approval, show up here,
            worst first.
          </EmptyState>
        }
      />
      <Pager base={`/projects/${project.id}/review`} cursor={pageParams.cursor} nextCursor={page.nextCursor} />
    </>
  );
}
