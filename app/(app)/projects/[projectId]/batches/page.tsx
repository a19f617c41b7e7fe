import Link from "next/link";
import { BatchHistory } from "@/components/batches/batch-history";
import { NewBatchButton } from "@/components/batches/new-batch-button";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/current-user";
import { listBatches } from "@/lib/batches/list-batches";
import { orNotFound } from "@/lib/pages/or-not-found";
import { LOCALE_PROFILES } from "@/lib/personas/data/locale-profiles";
import { GENDER_MIXES, PERSONA_LOCALES } from "@/lib/personas/persona-generation-schemas";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listImageProviders } from "@/lib/providers/image";
import { pageParamsFromSearch, type SearchParams } from "@/lib/pagination/page-params";

export default async function BatchesPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const pageParams = pageParamsFromSearch(await searchParams, 20);
  const { cursor } = pageParams;
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  const page = await listBatches(user.id, project.id, pageParams);
  const formOptions = {
    projectId: project.id,
    providers: listImageProviders(),
    genderMixes: GENDER_MIXES,
    autoApprove: project.settings.autoApprove,
    locales: PERSONA_LOCALES.map((locale) => ({ value: locale, label: `${LOCALE_PROFILES[locale].country.replace(/^the /, "")} (${locale})` })),
  };
  return (
    <>
      <PageHeader
        breadcrumb={<Link href="/projects" className="hover:underline">Projects</Link>}
        title={project.name}
        description={project.description}
      />
      <ProjectTabs projectId={project.id} active="batches" />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-zinc-900">Batches</h2>
          <p className="text-sm text-zinc-600">Generate many personas at once, with names, bios and, if you like, their images.</p>
        </div>
        <NewBatchButton {...formOptions} />
      </div>
      {page.items.some((batch) => batch.running) && <AutoRefresh seconds={2} />}
      {page.items.length === 0 && !cursor ? (
        <EmptyState title="No batches yet" action={<NewBatchButton {...formOptions} />}>
          A batch writes up to 100 personas (offline, no keys needed) and can make a base portrait and 4 variations for each.
        </EmptyState>
      ) : (
        <BatchHistory projectId={project.id} batches={page.items} />
      )}
      <Pager base={`/projects/${project.id}/batches`} cursor={cursor} nextCursor={page.nextCursor} />
    </>
  );
}
