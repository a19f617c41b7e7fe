"use client";

import { useState } from "react";
import { Dialog } from "./dialog";
import { ExplicitCover } from "./explicit-cover";

/**
 * An image that opens large in a modal when clicked (Escape or a click outside closes it), with optional
 * details under it. A `flagged` (explicit) image stays blurred until "Explicit content — show" is clicked.
 */
export function LightboxImage({
  src,
  thumbnail,
  alt,
  className = "",
  details,
  flagged = false,
}: {
  src: string;
  thumbnail?: string;
  alt: string;
  className?: string;
  /** Shown under the large image (an image's identity and its attempts). */
  details?: React.ReactNode;
  flagged?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ExplicitCover flagged={flagged} className={`overflow-hidden ${className}`}>
        <button type="button" onClick={() => setOpen(true)} className="group relative block size-full cursor-zoom-in overflow-hidden" aria-label={`Open ${alt} large`}>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={thumbnail ?? src} alt={alt} loading="lazy" className="size-full object-cover transition group-hover:scale-[1.02]" />
        </button>
      </ExplicitCover>
      <Dialog open={open} onClose={() => setOpen(false)} title={alt} wide>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={src} alt={alt} className="mx-auto max-h-[75vh] w-auto rounded-lg object-contain" />
        {details && <div className="mt-3">{details}</div>}
        <div className="mt-3 flex justify-end">
          <a href={`${src}?download`} className="text-sm font-medium text-brand-600 hover:underline">
            Download original
          </a>
        </div>
      </Dialog>
    </>
  );
}
