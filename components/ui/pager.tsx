import Link from "next/link";
import { buttonClass } from "./button";

/** "Newer / Older" links over keyset pages. `base` is the path; the cursor goes in ?cursor=. */
export function Pager({ base, cursor, nextCursor }: { base: string; cursor?: string; nextCursor: string | null }) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav className="mt-8 flex items-center justify-between" aria-label="Pagination">
      {cursor ? (
        <Link href={base} className={buttonClass("secondary")}>
          ← Back to newest
        </Link>
      ) : (
        <span />
      )}
      {nextCursor && (
        <Link href={`${base}?cursor=${encodeURIComponent(nextCursor)}`} className={buttonClass("secondary")}>
          Older →
        </Link>
      )}
    </nav>
  );
}
