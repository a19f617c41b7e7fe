import Link from "next/link";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { AddTrainingPromptForm } from "@/components/training/add-training-prompt-form";
import { TrainingPromptRow } from "@/components/training/training-prompt-row";
import { CardSection } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listTrainingPrompts } from "@/lib/training/list-training-prompts";

export default async function TrainingPromptsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  const prompts = await listTrainingPrompts(user.id, project.id);
  const defaults = prompts.filter((prompt) => prompt.source === "default");
  const own = prompts.flatMap((prompt) => (prompt.source === "project" ? [prompt] : []));
  return (
    <>
      <PageHeader breadcrumb={<Link href="/projects" className="hover:underline">Projects</Link>} title={project.name} description={project.description} />
      <ProjectTabs projectId={project.id} active="prompts" />
      <div className="space-y-6">
        <p className="max-w-3xl text-sm text-zinc-600">
          A training set has one image per prompt, made from an avatar&apos;s approved base image, so a model learns the face rather than
          one backdrop. By default it uses all {prompts.length} prompts below: the built-in scenes and this project&apos;s own. On an avatar
          page you can untick some or add one-off prompts.
        </p>
        <CardSection title={`This project's prompts (${own.length})`} description="Added to the defaults for every avatar in this project.">
          <AddTrainingPromptForm projectId={project.id} />
          {own.length > 0 ? (
            <div className="mt-4 divide-y divide-zinc-100 border-t border-zinc-100" aria-label="This project's prompts" role="list">
              {own.map((prompt) => (
                <div role="listitem" key={prompt.id}>
                  <TrainingPromptRow projectId={project.id} prompt={prompt} />
                </div>
              ))}
            </div>
          ) : (
            <p className="mt-4 text-sm text-zinc-500">No prompts of your own yet.</p>
          )}
        </CardSection>
        <CardSection title={`Default prompts (${defaults.length})`} description="Built in, the same for every project.">
          <ul className="divide-y divide-zinc-100 text-sm text-zinc-800" aria-label="Default prompts">
            {defaults.map((prompt) => (
              <li key={prompt.text} className="py-2">
                {prompt.text}
              </li>
            ))}
          </ul>
        </CardSection>
      </div>
    </>
  );
}
