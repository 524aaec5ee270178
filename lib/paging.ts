// Lists are read a page at a time, one row more than the page holds: the extra row says whether
// another page follows, without counting the whole list.

/** What to fetch for page `page` (from 1) of `size` rows. */
export function pageWindow(page: number, size: number): { limit: number; offset: number } {
  return { limit: size + 1, offset: (page - 1) * size };
}

/** The page's rows out of what `pageWindow` fetched (or `size + 1` rows from a cursor), and whether more follow. */
export function pageOf<T>(fetched: T[], size: number): { rows: T[]; hasMore: boolean } {
  return { rows: fetched.slice(0, size), hasMore: fetched.length > size };
}
