import type { ImageView } from "@/lib/images/image-view";
import { formatDate } from "@/components/ui/format-date";

export function ImageDetails({ image }: { image: ImageView }) {
  const rows: [string, React.ReactNode][] = [
    ["Prompt", image.prompt],
    ["Negative prompt", image.negativePrompt],
    ["Seed", image.seed],
    ["Size", `${image.width} × ${image.height}`],
    ["Provider", image.provider],
    ["Model", image.model],
    ["Source", image.source],
    ["Created", formatDate(image.createdAt)],
  ];
  return (
    <dl className="divide-y divide-zinc-100 text-sm">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== "")
        .map(([label, value]) => (
          <div key={label} className="grid grid-cols-[8rem_1fr] gap-3 py-2">
            <dt className="text-zinc-500">{label}</dt>
            <dd className="break-words text-zinc-800" data-testid={`detail-${label.toLowerCase().replaceAll(" ", "-")}`}>
              {value}
            </dd>
          </div>
        ))}
    </dl>
  );
}
