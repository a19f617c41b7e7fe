import type { Stats } from "@/lib/jobs/get-stats";

function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The small overview on the jobs page: what the user has, and how much it takes. */
export function StatsOverview({ stats }: { stats: Stats }) {
  const providers = Object.entries(stats.providers);
  const items = [
    { label: "Projects", value: String(stats.projects), detail: null },
    { label: "Personas", value: String(stats.avatars.total), detail: `${stats.avatars.approved} approved · ${stats.avatars.draft} drafts` },
    { label: "Images", value: String(stats.images.total), detail: `${stats.images.base} base · ${stats.images.variation} variations · ${stats.images.training} training` },
    { label: "Storage", value: formatBytes(stats.storageBytes), detail: providers.length ? providers.map(([name, count]) => `${name} ${count}`).join(" · ") : null },
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="stats-overview">
      {items.map((item) => (
        <div key={item.label} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
          <dt className="text-xs font-medium text-zinc-500">{item.label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums text-zinc-900">{item.value}</dd>
          {item.detail && <dd className="mt-1 text-xs text-zinc-500">{item.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
