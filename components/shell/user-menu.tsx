import { signOutAction } from "@/app/(auth)/actions";
import type { PublicUser } from "@/lib/users/create-user";

export function UserMenu({ user }: { user: PublicUser }) {
  const label = user.name || user.email;
  return (
    <details className="relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm text-zinc-700 hover:bg-zinc-100"
        aria-label="Account menu"
      >
        <span className="grid size-7 place-items-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700 uppercase">
          {label.slice(0, 1)}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{label}</span>
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-56 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg">
        <div className="truncate px-3 py-2 text-xs text-zinc-500">{user.email}</div>
        <a href="/settings" className="block rounded-md px-3 py-2 text-sm text-zinc-700 hover:bg-zinc-100">
          Settings &amp; API tokens
        </a>
        <form action={signOutAction}>
          <button type="submit" className="w-full rounded-md px-3 py-2 text-left text-sm text-zinc-700 hover:bg-zinc-100">
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
