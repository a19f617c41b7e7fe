import Link from "next/link";
import { buttonClass } from "./button";

/**
 * "Newer / Older" links over keyset pages. `base` is the path; the cursor goes in ?cursor=, after
 * `params` (a filter the pages keep).
 */
export function Pager({
  base,
  cursor,
  nextCursor,
  params = {},
}: {
  base: string;
  cursor?: string;
  nextCursor: string | null;
  params?: Record<string, string | undefined>;
}) {
  if (!cursor && !nextCursor) return null;
  const href = (next?: string) => {
    const search = new URLSearchParams(Object.entries({ ...params, cursor: next }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const text = search.toString();
    return text ? `${base}?${text}` : base;
  };
  return (
    <nav className="mt-8 flex items-center justify-between" aria-label="Pagination">
      {cursor ? (
        <Link href={href()} className={buttonClass("secondary")}>
          ← Back to first page
        </Link>
      ) : (
        <span />
      )}
      {nextCursor && (
        <Link href={href(nextCursor)} className={buttonClass("secondary")}>
          Next page →
        </Link>
      )}
    </nav>
  );
}
