"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import type { PublicUser } from "@/lib/users/create-user";

export function UserMenu({ user }: { user: PublicUser }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const label = user.name || user.email;
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);
  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        aria-label="Account menu"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm text-zinc-700 hover:bg-zinc-100"
      >
        <span className="grid size-7 place-items-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700 uppercase">
          {label.slice(0, 1)}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{label}</span>
      </button>
      {open && (
        <div role="menu" className="absolute right-0 z-40 mt-2 w-56 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg">
          <div className="truncate px-3 py-2 text-xs text-zinc-500">{user.email}</div>
          <Link href="/settings" role="menuitem" onClick={() => setOpen(false)} className="block rounded-md px-3 py-2 text-sm text-zinc-700 hover:bg-zinc-100">
            Settings &amp; API tokens
          </Link>
          <form action={signOutAction}>
            <button type="submit" role="menuitem" className="w-full rounded-md px-3 py-2 text-left text-sm text-zinc-700 hover:bg-zinc-100">
              Sign out
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
