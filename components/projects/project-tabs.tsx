import { TabNav } from "@/components/ui/tab-nav";
import { getSessionUser } from "@/lib/auth/current-user";
import { countReviewItems } from "@/lib/review/count-review-items";

const TABS = [
  { id: "avatars", label: "Avatars", path: "" },
  { id: "batches", label: "Batches", path: "/batches" },
  { id: "review", label: "Review", path: "/review" },
  { id: "prompts", label: "Training prompts", path: "/prompts" },
  { id: "jobs", label: "Jobs", path: "/jobs" },
  { id: "schedules", label: "Schedules", path: "/schedules" },
  { id: "settings", label: "Settings", path: "/settings" },
] as const;

/** The project's sections; the Review tab counts what waits in the review queue. */
export async function ProjectTabs({ projectId, active }: { projectId: string; active: (typeof TABS)[number]["id"] }) {
  const user = await getSessionUser();
  const waiting = user ? await countReviewItems(user.id, projectId) : 0;
  const tabs = TABS.map((tab) => ({
    href: `/projects/${projectId}${tab.path}`,
    label: tab.label,
    active: tab.id === active,
    ...(tab.id === "review" && waiting > 0 ? { badge: { count: waiting, what: "waiting for review" } } : {}),
  }));
  return <TabNav tabs={tabs} label="Project sections" />;
}
