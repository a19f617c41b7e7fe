import { buttonClass } from "@/components/ui/button";

const FORMATS = [
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV" },
  { format: "zip", label: "ZIP" },
] as const;

/** Plain links: the browser downloads what the export route sends (content-disposition: attachment). */
export function ExportButtons({ batchId }: { batchId: string }) {
  return (
    <div className="flex items-center gap-1" role="group" aria-label="Export">
      <span className="mr-1 text-sm text-zinc-500">Export</span>
      {FORMATS.map(({ format, label }) => (
        <a key={format} href={`/api/v1/batches/${batchId}/export?format=${format}`} download className={buttonClass("secondary", "px-2.5 py-1.5")}>
          {label}
        </a>
      ))}
    </div>
  );
}
