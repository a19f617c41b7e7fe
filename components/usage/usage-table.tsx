import { formatUsd } from "@/lib/usage/work-cost";

/** Images and estimated cost per row (a provider, a project). */
export function UsageTable({ label, rows }: { label: string; rows: Array<{ key: string; name: string; images: number; estimatedCostUsd: number }> }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-500">No images this month.</p>;
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase">
        <tr>
          <th className="py-2 font-medium">{label}</th>
          <th className="py-2 text-right font-medium">Images</th>
          <th className="py-2 text-right font-medium">Estimated cost</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <td className="break-all py-2 text-zinc-900">{row.name}</td>
            <td className="py-2 text-right tabular-nums text-zinc-700">{row.images}</td>
            <td className="py-2 text-right tabular-nums text-zinc-700">{formatUsd(row.estimatedCostUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
