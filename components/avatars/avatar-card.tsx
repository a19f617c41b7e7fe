import Link from "next/link";
import { ExplicitCover } from "@/components/ui/explicit-cover";
import type { AvatarView } from "@/lib/avatars/avatar-view";
import { StatusBadge } from "./status-badge";

export function AvatarCard({ avatar }: { avatar: AvatarView }) {
  return (
    <Link
      href={`/projects/${avatar.projectId}/avatars/${avatar.id}`}
      className="group block overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm transition hover:border-brand-500 hover:shadow-md"
    >
      <div className="relative aspect-square bg-zinc-100">
        {avatar.baseImage ? (
          <ExplicitCover flagged={avatar.baseImage.safety?.flagged === true} className="size-full">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={avatar.baseImage.thumbnailUrl} alt={avatar.name} loading="lazy" className="size-full object-cover" />
          </ExplicitCover>
        ) : (
          <div className="grid size-full place-items-center text-sm text-zinc-400">
            {avatar.status === "generating" ? (
              <span className="flex items-center gap-2">
                <span className="size-4 animate-spin rounded-full border-2 border-brand-500 border-t-transparent" aria-hidden />
                Generating…
              </span>
            ) : avatar.status === "failed" ? (
              "Generation failed"
            ) : (
              "No image yet"
            )}
          </div>
        )}
      </div>
      <div className="flex flex-col items-start gap-1 p-3">
        <span className="max-w-full break-words text-sm font-medium text-zinc-900">{avatar.name}</span>
        <StatusBadge status={avatar.status} />
      </div>
    </Link>
  );
}
