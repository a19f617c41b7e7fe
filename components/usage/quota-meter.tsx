/** How much of a monthly quota is used: "95 of 100 images", with a bar that turns amber near the end. */
export function QuotaMeter({ label, used, quota, text }: { label: string; used: number; quota: number; text: string }) {
  const percent = quota > 0 ? Math.min(100, Math.round((used / quota) * 100)) : 100;
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2 text-xs">
        <span className="font-medium text-zinc-700">{label}</span>
        <span className="tabular-nums text-zinc-500">{text}</span>
      </div>
      <div className="h-2 overflow-hidden rounded-full bg-zinc-200" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={quota} aria-valuenow={used}>
        <div className={`h-full ${percent >= 90 ? "bg-amber-500" : "bg-brand-500"}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
