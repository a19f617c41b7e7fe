import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import type { BatchErrorEntry } from "@/lib/batches/summarize-batch-personas";

const STAGES: Record<string, string> = {
  data: "Persona data",
  base: "Base image",
  approve: "Approval",
  variations: "Variations",
  persona: "Persona job",
  batch: "Batch job",
};

/** What failed, at which stage and why, with a link to each failed persona. */
export function BatchErrorLog({ projectId, entries }: { projectId: string; entries: BatchErrorEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-red-200 bg-white" data-testid="batch-error-log">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-red-50 text-xs uppercase tracking-wide text-red-800">
          <tr>
            <th className="px-4 py-2 font-medium">Persona</th>
            <th className="px-4 py-2 font-medium">Stage</th>
            <th className="px-4 py-2 font-medium">Why</th>
            <th className="px-4 py-2 font-medium">When</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {entries.map((entry, i) => (
            <tr key={`${entry.avatarId ?? "batch"}-${i}`}>
              <td className="whitespace-nowrap px-4 py-2">
                {entry.avatarId ? (
                  <Link href={`/projects/${projectId}/avatars/${entry.avatarId}`} className="font-medium text-brand-700 hover:underline">
                    {entry.name ?? entry.avatarId}
                  </Link>
                ) : (
                  <span className="text-zinc-500">Whole batch</span>
                )}
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-zinc-700">{STAGES[entry.stage] ?? entry.stage}</td>
              <td className="px-4 py-2 text-zinc-800">{entry.message}</td>
              <td className="whitespace-nowrap px-4 py-2 text-xs text-zinc-500">{formatDate(entry.at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
