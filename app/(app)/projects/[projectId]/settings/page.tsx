import Link from "next/link";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { CardSection } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  return (
    <>
      <PageHeader breadcrumb={<Link href="/projects" className="hover:underline">Projects</Link>} title={project.name} />
      <ProjectTabs projectId={project.id} active="settings" />
      <CardSection
        title="Face checks and safety"
        description="How images made from an approved seed are checked against its face, and what happens to images that drift or are flagged. Face and content checks apply to photographs: the offline provider's illustrations are neither measured nor classified."
      >
        <ProjectSettingsForm projectId={project.id} settings={project.settings} />
      </CardSection>
    </>
  );
}
