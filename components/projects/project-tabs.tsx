import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { id: "avatars", label: "Avatars", path: "" },
  { id: "batches", label: "Batches", path: "/batches" },
  { id: "prompts", label: "Training prompts", path: "/prompts" },
  { id: "jobs", label: "Jobs", path: "/jobs" },
  { id: "schedules", label: "Schedules", path: "/schedules" },
  { id: "settings", label: "Settings", path: "/settings" },
] as const;

export function ProjectTabs({ projectId, active }: { projectId: string; active: (typeof TABS)[number]["id"] }) {
  const tabs = TABS.map((tab) => ({ href: `/projects/${projectId}${tab.path}`, label: tab.label, active: tab.id === active }));
  return <TabNav tabs={tabs} label="Project sections" />;
}
