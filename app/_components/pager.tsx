import Link from 'next/link';

/**
 * Links to the page before and the page after of a list read a page at a time (`lib/paging.ts`).
 * The words say which way the list runs ("Newer" / "Older"). Nothing when there is one page.
 */
export function Pager({
  label,
  page,
  hasMore,
  href,
  previous = 'Previous',
  next = 'Next',
}: {
  /** Names the navigation landmark: "Article pages". */
  label: string;
  page: number;
  hasMore: boolean;
  href: (page: number) => string;
  previous?: string;
  next?: string;
}) {
  if (page <= 1 && !hasMore) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 && <Link href={href(page - 1)}>{previous}</Link>}
      {hasMore && <Link href={href(page + 1)}>{next}</Link>}
    </nav>
  );
}
