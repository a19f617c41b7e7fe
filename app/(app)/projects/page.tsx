import Link from "next/link";
import { CreateProjectForm } from "@/components/projects/create-project-form";
import { NewProjectButton } from "@/components/projects/new-project-button";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/current-user";
import { pageParamsFromSearch, type SearchParams } from "@/lib/pagination/page-params";
import { listProjects } from "@/lib/projects/list-projects";

export const metadata = { title: "Projects" };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const pageParams = pageParamsFromSearch(await searchParams, 24);
  const { cursor } = pageParams;
  const page = await listProjects(user.id, pageParams);

  if (!cursor && page.items.length === 0) {
    return (
      <>
        <PageHeader title="Projects" description="A project holds a set of personas, their images and batches." />
        <Card className="mx-auto max-w-xl p-8">
          <h2 className="text-lg font-semibold text-zinc-900">Create your first project</h2>
          <p className="mt-1 mb-6 text-sm text-zinc-600">
            Start with a project for a campaign, a client or a product. You will create personas inside it.
          </p>
          <CreateProjectForm autoFocus />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Projects" description="A project holds a set of personas, their images and batches." actions={<NewProjectButton />} />
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Projects">
        {page.items.map((project) => (
          <li key={project.id}>
            <Link
              href={`/projects/${project.id}`}
              className="block h-full rounded-xl border border-zinc-200 bg-white p-5 shadow-sm transition hover:border-brand-500 hover:shadow-md"
            >
              {project.thumbnails.length > 0 && (
                <div className="mb-3 grid grid-cols-4 gap-1.5" aria-hidden>
                  {project.thumbnails.map((thumbnail) => (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img key={thumbnail.avatarId} src={thumbnail.url} alt="" loading="lazy" className={`aspect-square w-full rounded-md bg-zinc-100 object-cover ${thumbnail.flagged ? "blur-sm" : ""}`} />
                  ))}
                </div>
              )}
              <h2 className="truncate font-semibold text-zinc-900">{project.name}</h2>
              <p className="mt-1 line-clamp-2 min-h-10 text-sm text-zinc-600">{project.description || "No description"}</p>
              <div className="mt-4 flex items-center justify-between text-xs text-zinc-500">
                <span>
                  {project.avatarCount} {project.avatarCount === 1 ? "persona" : "personas"}
                </span>
                <span>{formatDate(project.createdAt)}</span>
              </div>
            </Link>
          </li>
        ))}
      </ul>
      <Pager base="/projects" cursor={cursor} nextCursor={page.nextCursor} />
    </>
  );
}
