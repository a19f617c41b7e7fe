import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format-date";

const LABELS: Record<string, string> = {
  created: "Created",
  updated: "Details edited",
  uploaded: "Base image uploaded",
  generated: "Images generated",
  generation_failed: "Generation failed",
  version_selected: "Base version picked",
  approved: "Seed image approved",
  rejected: "Seed image rejected",
  unlocked: "Appearance unlocked",
  used_as_reference: "Used as reference",
  exported: "Exported",
};

interface UsageEvent {
  id: string;
  type: string;
  details: unknown;
  createdAt: Date;
  actor: { name: string } | null;
}

function describe(event: UsageEvent) {
  const details = (event.details ?? {}) as Record<string, unknown>;
  if (event.type === "generated" || event.type === "generation_failed") {
    return `${details.type ?? ""} · ${details.images ?? 0} image(s)${details.failed ? `, ${details.failed} failed` : ""}`;
  }
  if (event.type === "rejected" && details.reason) return `“${details.reason}”`;
  if (event.type === "created" && details.via) return `via ${details.via}`;
  return "";
}

export function UsageHistory({ events }: { events: UsageEvent[] }) {
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-zinc-900">Usage history</h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">Nothing yet.</p>
      ) : (
        <ol className="mt-3 space-y-2 text-sm" aria-label="Usage history">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-baseline justify-between gap-x-4">
              <span className="text-zinc-800">
                {LABELS[event.type] ?? event.type} <span className="text-zinc-500">{describe(event)}</span>
              </span>
              <span className="text-xs text-zinc-500">
                {event.actor?.name ?? "system"} · {formatDate(event.createdAt)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
