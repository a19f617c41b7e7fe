import { formatUsd } from "@/lib/usage/work-cost";

/** Images per day over the last 30 days as bars; each bar says its day, images and cost to screen readers and on hover. */
export function UsageChart({ days }: { days: Array<{ date: string; images: number; estimatedCostUsd: number }> }) {
  const most = Math.max(1, ...days.map((day) => day.images));
  return (
    <figure>
      <div className="flex h-32 items-end gap-0.5" role="list" aria-label="Images per day, last 30 days">
        {days.map((day) => {
          const text = `${day.date}: ${day.images} ${day.images === 1 ? "image" : "images"}, ${formatUsd(day.estimatedCostUsd)}`;
          return (
            <div key={day.date} role="listitem" aria-label={text} title={text} className="flex h-full min-w-0 flex-1 items-end">
              <div
                className={`w-full rounded-t-sm ${day.images ? "bg-brand-500" : "bg-zinc-200"}`}
                style={{ height: day.images ? `${Math.max(4, (day.images / most) * 100)}%` : "2px" }}
              />
            </div>
          );
        })}
      </div>
      <figcaption className="mt-1 flex justify-between text-xs text-zinc-500">
        <span>{days[0]?.date}</span>
        <span>{days.at(-1)?.date}</span>
      </figcaption>
    </figure>
  );
}
