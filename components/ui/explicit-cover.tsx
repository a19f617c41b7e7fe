"use client";

import { useState } from "react";

/**
 * Hides an image classified as explicit (lib/safety) behind a blur until someone clicks
 * "Explicit content — show"; anything else renders as it is. Inside a link the click only reveals.
 */
export function ExplicitCover({ flagged, className = "", children }: { flagged: boolean; className?: string; children: React.ReactNode }) {
  const [shown, setShown] = useState(false);
  if (!flagged || shown) return <div className={className}>{children}</div>;
  return (
    <div className={`relative overflow-hidden ${className}`} data-explicit-cover>
      <div aria-hidden className="pointer-events-none size-full select-none blur-xl" inert>
        {children}
      </div>
      <button
        type="button"
        onClick={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setShown(true);
        }}
        className="absolute inset-0 flex items-center justify-center bg-zinc-900/50 p-1 text-center text-xs font-medium leading-tight text-white hover:bg-zinc-900/60"
      >
        Explicit content — show
      </button>
    </div>
  );
}
