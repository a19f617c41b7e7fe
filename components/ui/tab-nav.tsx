import Link from "next/link";

export interface Tab {
  href: string;
  label: string;
  active: boolean;
  /** A count beside the label, and what it counts ("waiting for review"), said after the number. */
  badge?: { count: number; what: string };
}

/** A row of links styled as tabs, scrolling sideways on a phone instead of widening the page. */
export function TabNav({ tabs, label }: { tabs: Tab[]; label: string }) {
  return (
    <nav className="mb-6 flex gap-1 overflow-x-auto border-b border-zinc-200" aria-label={label}>
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
            tab.active ? "border-brand-600 text-brand-700" : "border-transparent text-zinc-600 hover:text-zinc-900"
          }`}
        >
          {tab.label}
          {tab.badge && (
            <span data-testid="tab-badge" title={`${tab.badge.count} ${tab.badge.what}`} className="ml-1.5 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">
              {tab.badge.count}
              <span className="sr-only"> {tab.badge.what}</span>
            </span>
          )}
        </Link>
      ))}
    </nav>
  );
}
