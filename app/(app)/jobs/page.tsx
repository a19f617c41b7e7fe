import { JobsPanel } from "@/components/jobs/jobs-panel";
import { StatsOverview } from "@/components/jobs/stats-overview";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { getStats } from "@/lib/jobs/get-stats";
import { jobListQueryFromSearch } from "@/lib/jobs/job-schemas";
import { listJobs } from "@/lib/jobs/list-jobs";
import { orNotFound } from "@/lib/pages/or-not-found";
import type { SearchParams } from "@/lib/pagination/page-params";
import { listProjects } from "@/lib/projects/list-projects";

export const metadata = { title: "Jobs" };

export default async function JobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const query = jobListQueryFromSearch(await searchParams);
  const [list, stats, projects] = await Promise.all([orNotFound(listJobs(user.id, query)), getStats(user.id), listProjects(user.id, { limit: 100 })]);
  return (
    <>
      <PageHeader title="Jobs" description="Every generation, training set and batch of yours, newest first. A batch's own images are inside the batch." />
      <StatsOverview stats={stats} />
      <JobsPanel list={list} query={query} basePath="/jobs" projects={projects.items.map(({ id, name }) => ({ id, name }))} />
    </>
  );
}
