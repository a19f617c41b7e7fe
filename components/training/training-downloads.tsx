import { buttonClass } from "@/components/ui/button";

const EXPORTS = [
  { format: "zip", label: "Download ZIP", hint: "images + manifest" },
  { format: "kohya", label: "Download for kohya", hint: "10_<trigger>/ + captions" },
  { format: "ai-toolkit", label: "Download for ai-toolkit", hint: "dataset/ + config.yaml" },
] as const;

/** One download per training export format, and the manifests (this app's and the actor pipeline's). */
export function TrainingDownloads({ avatarId }: { avatarId: string }) {
  const base = `/api/v1/avatars/${avatarId}/training-set`;
  return (
    <div className="space-y-2" data-testid="training-downloads">
      <div className="flex flex-wrap gap-2">
        {EXPORTS.map(({ format, label, hint }) => (
          <a key={format} href={`${base}/export?format=${format}`} download className={buttonClass("secondary", "flex-col items-start")} data-format={format}>
            <span>{label}</span>
            <span className="text-xs font-normal text-zinc-500">{hint}</span>
          </a>
        ))}
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={`${base}/manifest?download=1`} className="font-medium text-brand-600 hover:underline" download>
          Manifest (JSON)
        </a>
        <a href={`${base}/manifest?download=1&format=actor-maker`} className="font-medium text-brand-600 hover:underline" download>
          Manifest (actor-maker)
        </a>
      </p>
      <p className="text-xs text-zinc-500">Image links inside the files work without signing in, for a limited time.</p>
    </div>
  );
}
