import { buttonClass } from "@/components/ui/button";

const FORMATS = [
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV" },
  { format: "zip", label: "ZIP" },
] as const;

/**
 * Plain links: the browser downloads what the export route sends (content-disposition: attachment).
 * `compact` is the small text form used inside a batch-history row.
 */
export function ExportLinks({ batchId, compact = false }: { batchId: string; compact?: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Export">
      <span className={compact ? "mr-1 text-xs text-zinc-500" : "mr-1 text-sm text-zinc-500"}>Export</span>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          href={`/api/v1/batches/${batchId}/export?format=${format}`}
          download
          className={compact ? "rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 hover:underline" : buttonClass("secondary", "px-2.5 py-1.5")}
        >
          {label}
        </a>
      ))}
    </div>
  );
}
