import Link from "next/link";
import { GenerateAvatarForm } from "@/components/avatars/generate-avatar-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listImageProviders } from "@/lib/providers/image";

export const metadata = { title: "Generate avatar" };

export default async function NewAvatarPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requirePageUser();
  const project = await orNotFound(getProjectOrThrow(user.id, (await params).projectId));
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link href="/projects" className="hover:underline">Projects</Link> /{" "}
            <Link href={`/projects/${project.id}`} className="hover:underline">{project.name}</Link>
          </>
        }
        title="Generate avatar"
        description="Describe the persona. The prompt builder adds the look, the persona and photo-realism terms; you see the final prompt before you submit."
      />
      <GenerateAvatarForm projectId={project.id} providers={listImageProviders()} />
    </>
  );
}
