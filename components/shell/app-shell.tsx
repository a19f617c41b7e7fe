import Link from "next/link";
import { isAdmin } from "@/lib/admin/is-admin";
import type { PublicUser } from "@/lib/users/create-user";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";

export function AppShell({ user, children }: { user: PublicUser; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:gap-6 sm:px-6">
          <Link href="/projects" className="flex items-center gap-2 font-semibold tracking-tight text-zinc-900">
            <span className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">L</span>
            <span className={isAdmin(user) ? "hidden sm:inline" : ""}>Likeness</span>
          </Link>
          <nav className="flex min-w-0 items-center gap-1 overflow-x-auto text-sm" aria-label="Main">
            <NavLink href="/projects">Projects</NavLink>
            <NavLink href="/jobs">Jobs</NavLink>
            <NavLink href="/settings">Settings</NavLink>
            {isAdmin(user) && <NavLink href="/admin">Admin</NavLink>}
          </nav>
          <div className="ml-auto">
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
