"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A signing secret shown once, with a copy button. */
export function SecretOnce({ secret, title }: { secret: string; title: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-lg border border-amber-200 bg-amber-50 p-4" role="status">
      <p className="text-sm font-medium text-amber-900">{title} It will not be shown again.</p>
      <div className="mt-2 flex items-center gap-2">
        <code data-testid="webhook-secret" className="min-w-0 flex-1 truncate rounded bg-white px-2 py-1.5 font-mono text-sm text-zinc-900">
          {secret}
        </code>
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
