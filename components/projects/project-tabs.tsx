import Link from "next/link";

const TABS = [
  { id: "avatars", label: "Avatars", path: "" },
  { id: "batches", label: "Batches", path: "/batches" },
  { id: "prompts", label: "Training prompts", path: "/prompts" },
  { id: "jobs", label: "Jobs", path: "/jobs" },
  { id: "schedules", label: "Schedules", path: "/schedules" },
] as const;

export function ProjectTabs({ projectId, active }: { projectId: string; active: (typeof TABS)[number]["id"] }) {
  return (
    <nav className="mb-6 flex gap-1 overflow-x-auto border-b border-zinc-200" aria-label="Project sections">
      {TABS.map((tab) => (
        <Link
          key={tab.id}
          href={`/projects/${projectId}${tab.path}`}
          aria-current={tab.id === active ? "page" : undefined}
          className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
            tab.id === active ? "border-brand-600 text-brand-700" : "border-transparent text-zinc-600 hover:text-zinc-900"
          }`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
