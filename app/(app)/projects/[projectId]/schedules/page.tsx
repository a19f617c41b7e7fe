import Link from "next/link";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { CreateScheduleForm } from "@/components/schedules/create-schedule-form";
import { ScheduleCard } from "@/components/schedules/schedule-card";
import { CardSection } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { scheduleTimezones } from "@/lib/schedules/schedule-timing";

export default async function ProjectSchedulesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requirePageUser();
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(user.id, projectId));
  const schedules = await listSchedules(user.id, project.id);
  return (
    <>
      <PageHeader breadcrumb={<Link href="/projects" className="hover:underline">Projects</Link>} title={project.name} />
      <ProjectTabs projectId={project.id} active="schedules" />
      <div className="space-y-6">
        <CardSection title="New schedule" description="Recurring work for this project, queued behind anything you start by hand.">
          <CreateScheduleForm projectId={project.id} timezones={scheduleTimezones()} />
        </CardSection>
        <section aria-label="Schedules" className="space-y-3">
          <h2 className="text-lg font-semibold text-zinc-900">Schedules</h2>
          {schedules.length === 0 ? (
            <p className="text-sm text-zinc-600">No schedules yet.</p>
          ) : (
            schedules.map((schedule) => <ScheduleCard key={schedule.id} schedule={schedule} />)
          )}
        </section>
      </div>
    </>
  );
}
