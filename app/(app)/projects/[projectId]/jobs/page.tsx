import Link from "next/link";
import { JobsPanel } from "@/components/jobs/jobs-panel";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { jobListQueryFromSearch } from "@/lib/jobs/job-schemas";
import { listJobs } from "@/lib/jobs/list-jobs";
import { orNotFound } from "@/lib/pages/or-not-found";
import type { SearchParams } from "@/lib/pagination/page-params";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

export default async function ProjectJobsPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  const query = { ...jobListQueryFromSearch(await searchParams), projectId: project.id };
  const list = await listJobs(user.id, query);
  return (
    <>
      <PageHeader breadcrumb={<Link href="/projects" className="hover:underline">Projects</Link>} title={project.name} />
      <ProjectTabs projectId={project.id} active="jobs" />
      <JobsPanel list={list} query={query} basePath={`/projects/${project.id}/jobs`} />
    </>
  );
}
