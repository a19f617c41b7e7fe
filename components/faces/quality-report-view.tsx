import type { StoredQuality } from "@/lib/faces/face-check-types";

const STYLES: Record<StoredQuality["verdict"], string> = {
  good: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  warning: "bg-amber-50 text-amber-800 ring-amber-600/20",
  poor: "bg-red-50 text-red-700 ring-red-600/20",
  "not-measured": "bg-zinc-100 text-zinc-600 ring-zinc-500/20",
};

const LABELS: Record<StoredQuality["verdict"], string> = {
  good: "Quality: good",
  warning: "Quality: check",
  poor: "Quality: poor",
  "not-measured": "Quality not measured",
};

export function QualityBadge({ quality }: { quality: StoredQuality }) {
  return (
    <span data-testid="quality-verdict" data-verdict={quality.verdict} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[quality.verdict]}`}>
      {LABELS[quality.verdict]}
    </span>
  );
}

/** A base image's face quality verdict and its plain messages; nothing until the image is analysed. */
export function QualityReportView({ quality, compact = false }: { quality: StoredQuality | null; compact?: boolean }) {
  if (!quality) return null;
  return (
    <div className="space-y-1" data-testid="quality-report">
      <QualityBadge quality={quality} />
      {quality.messages.length > 0 &&
        (compact ? (
          // Inside lists of images: plain lines, so the messages are not list items of the image list.
          <p className={`text-xs ${quality.verdict === "poor" ? "text-red-700" : "text-zinc-600"}`}>{quality.messages.join(" · ")}</p>
        ) : (
          <ul className={`list-disc pl-4 text-xs ${quality.verdict === "poor" ? "text-red-700" : "text-zinc-600"}`}>
            {quality.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ))}
    </div>
  );
}
