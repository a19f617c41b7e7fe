/** "Personas 3 / 5" with a bar; red marks the failed part so a partly failed batch reads at a glance. */
export function ProgressBar({ label, done, total, failed = 0 }: { label: string; done: number; total: number; failed?: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const failedPercent = total > 0 ? Math.min(100 - percent, Math.round((failed / total) * 100)) : 0;
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2 text-xs">
        <span className="font-medium text-zinc-700">{label}</span>
        <span className="tabular-nums text-zinc-500">
          {done} / {total}
          {failed > 0 && <span className="text-red-600"> · {failed} failed</span>}
        </span>
      </div>
      <div
        className="flex h-2 overflow-hidden rounded-full bg-zinc-200"
        role="progressbar"
        aria-label={`${label} progress`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <div className="h-full bg-brand-500 transition-all duration-500" style={{ width: `${percent}%` }} />
        {failedPercent > 0 && <div className="h-full bg-red-500" style={{ width: `${failedPercent}%` }} />}
      </div>
    </div>
  );
}
