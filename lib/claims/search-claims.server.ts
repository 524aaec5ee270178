import 'server-only';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimSources, sources, type ClaimStatus, type SourceType } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import type { ClaimSearchInput } from './schemas';
import { HIT_END, HIT_START, toFtsQuery } from './search-query';
import { pageOf, pageWindow } from '@/lib/paging';

export const SEARCH_PAGE_SIZE = 20;

export interface ClaimSearchHit {
  claimId: number;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  text: string;
  /** The claim's text around the matches, which are wrapped in HIT_START/HIT_END (see splitHighlights). */
  snippet: string;
  status: ClaimStatus;
  /** Not found in the article's current text after a re-import. */
  orphaned: boolean;
  sources: { name: string; type: SourceType }[];
}

export interface ClaimSearchPage {
  /** The FTS5 query the words became; null when there was nothing to search for. */
  query: string | null;
  results: ClaimSearchHit[];
  page: number;
  hasMore: boolean;
  /** More than SEARCH_CAP claims matched: only the newest SEARCH_CAP were ranked and paged. */
  capped: boolean;
}

export interface HitRow {
  claimId: number;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  text: string;
  snippet: string;
  status: ClaimStatus;
  orphaned: number;
}

/**
 * How many matches, newest first, a search ranks. Ranking every match of a common word (bm25 over
 * 100,000 claims, then a sort) cost a few hundred milliseconds at archive scale; the newest 2,000
 * matches are ranked instead, and the page says so when the cap was reached. A newsroom looks
 * for recent claims first; more words or a filter narrow an older search.
 */
export const SEARCH_CAP = 2000;

/**
 * A filter on the matching claims. `perRow` is checked on each match after its claim row is looked
 * up by key. `set`, when the filter has one, lists the claims that pass straight from an index; FTS
 * then probes that list before any claim row is read.
 */
export interface SearchFilter {
  perRow: SQL;
  /** Needs the article row (`a`), not only the claim (`c`). */
  article?: boolean;
  set?: SQL;
}

/**
 * Below this many claims a filter's set is listed first. Checking matches row by row costs one claim
 * lookup (a random read of a wide row) per match until SEARCH_CAP pass, and a filter that is
 * correlated with the words (claims with "said" are rarely unattributed) can make that every match:
 * 100,000 lookups, 150 ms. Listing a set reads one narrow index entry per claim in it (about
 * 100,000 in 5 ms) and leaves FTS only probes. Only very large sets (unreviewed: two thirds of an
 * archive) are better checked per match. The count that decides is itself bounded by this.
 */
export const SELECTIVE_FILTER = 100_000;

/** The smallest filter set, if one is selective (counted up to SELECTIVE_FILTER, through its index). */
function selectiveSet(filters: SearchFilter[]): SearchFilter | undefined {
  const db = getDb();
  let best: { filter: SearchFilter; n: number } | undefined;
  for (const filter of filters) {
    if (!filter.set) continue;
    const n = db.get<{ n: number }>(sql`select count(*) as n from (${filter.set} limit ${SELECTIVE_FILTER})`)!.n;
    if (n < SELECTIVE_FILTER && (!best || n < best.n)) best = { filter, n };
  }
  return best?.filter;
}

/**
 * Claims whose text matches `match` (an FTS5 query built by toFtsQuery, never raw input): the newest
 * `cap` (SEARCH_CAP) matches that pass the filters, ranked by bm25, a page of them. Every plan starts from
 * the FTS index, newest first, and reaches claims and articles by primary key (CROSS JOIN fixes that
 * order), so no filter can lead SQLite into scanning the claims table. `capped` says whether the
 * ranked matches stopped at SEARCH_CAP.
 */
export function searchFts(
  match: string,
  filters: SearchFilter[],
  limit: number,
  { offset = 0, cap = SEARCH_CAP, snippets = true }: { offset?: number; cap?: number; snippets?: boolean } = {},
): { rows: HitRow[]; capped: boolean } {
  const set = selectiveSet(filters);
  const rowFilters = filters.filter((f) => f !== set);
  const needsClaim = rowFilters.length > 0;
  const needsArticle = rowFilters.some((f) => f.article);
  const db = getDb();
  // In `hits`, the unary + keeps the set a probe on FTS's newest-first walk: as a constraint on
  // the rowid, SQLite would instead run one FTS lookup per claim in the set and sort them all.
  const ranked = db.all<Omit<HitRow, 'snippet'> & { total: number }>(sql`
    with hits as materialized (
      select claims_fts.rowid as id, bm25(claims_fts) as rank
      from claims_fts
      ${needsClaim ? sql`cross join claims c on c.id = claims_fts.rowid` : sql``}
      ${needsArticle ? sql`cross join articles a on a.id = c.article_id` : sql``}
      where claims_fts match ${match}
        ${set?.set ? sql`and +claims_fts.rowid in (${set.set})` : sql``}
        ${sql.join(
          rowFilters.map((f) => sql` and ${f.perRow}`),
          sql``,
        )}
      order by claims_fts.rowid desc
      limit ${cap}
    )
    select c.id as claimId, c.article_id as articleId, a.title as articleTitle, a.outlet as outlet, c.text as text,
      c.status as status, c.orphaned as orphaned, (select count(*) from hits) as total
    from hits
    cross join claims c on c.id = hits.id
    cross join articles a on a.id = c.article_id
    order by hits.rank, hits.id desc
    limit ${limit} offset ${offset}`);
  // Snippets for the page only (when the caller shows them): each needs the match's positions.
  const snippetOf = new Map(
    snippets && ranked.length
      ? db
          .all<{ id: number; snippet: string }>(
            sql`select rowid as id, snippet(claims_fts, 0, ${HIT_START}, ${HIT_END}, '…', 24) as snippet from claims_fts
              where claims_fts match ${match} and rowid in (${sql.join(
                ranked.map((r) => sql`${r.claimId}`),
                sql`, `,
              )})`,
          )
          .map((r) => [r.id, r.snippet])
      : [],
  );
  return {
    rows: ranked.map(({ total: _total, ...r }) => ({ ...r, snippet: snippetOf.get(r.claimId) ?? r.text })),
    capped: (ranked[0]?.total ?? 0) >= cap,
  };
}

/** The search box's filters, each with the index-backed set of claims it keeps where there is one. */
function searchFilters(input: ClaimSearchInput): SearchFilter[] {
  const filters: SearchFilter[] = [];
  if (input.status) filters.push({ perRow: sql`c.status = ${input.status}`, set: sql`select id from claims where status = ${input.status}` });
  if (input.outlet) {
    filters.push({
      perRow: sql`a.outlet = ${input.outlet} collate nocase`,
      article: true,
      set: sql`select c.id from articles a cross join claims c on c.article_id = a.id where a.outlet = ${input.outlet} collate nocase`,
    });
  }
  if (input.article) filters.push({ perRow: sql`c.article_id = ${input.article}`, set: sql`select id from claims where article_id = ${input.article}` });
  // The link counts are kept per claim by triggers (migration 0005); partial indexes list the
  // unattributed and the anonymously sourced claims (migration 0009).
  if (input.sourceType === 'unattributed') {
    filters.push({ perRow: sql`c.named_links + c.anonymous_links = 0`, set: sql`select id from claims where named_links = 0 and anonymous_links = 0` });
  } else if (input.sourceType === 'anonymous') {
    filters.push({ perRow: sql`c.anonymous_links > 0`, set: sql`select id from claims where anonymous_links > 0` });
  } else if (input.sourceType) {
    filters.push({
      perRow: sql`exists (select 1 from claim_sources cs join sources s on s.id = cs.source_id where cs.claim_id = c.id and s.type = ${input.sourceType})`,
      set: sql`select cs.claim_id from sources s cross join claim_sources cs on cs.source_id = s.id where s.type = ${input.sourceType}`,
    });
  }
  return filters;
}

/** Full-text search over every claim, with filters, a page at a time: fact-checkers and up. */
export function searchClaims(actor: Actor | null, input: ClaimSearchInput): ClaimSearchPage {
  requireRole(actor, 'factchecker');
  const query = toFtsQuery(input.q);
  if (!query) return { query: null, results: [], page: input.page, hasMore: false, capped: false };
  const { limit, offset } = pageWindow(input.page, SEARCH_PAGE_SIZE);
  const found = searchFts(query, searchFilters(input), limit, { offset });
  const { rows, hasMore } = pageOf(found.rows, SEARCH_PAGE_SIZE);
  return { query, page: input.page, hasMore, capped: found.capped, results: withSources(rows) };
}

/** Hit rows as plain objects, each with the sources its claim is attributed to. */
export function withSources(rows: HitRow[]): ClaimSearchHit[] {
  const links = rows.length
    ? getDb()
        .select({ claimId: claimSources.claimId, name: sources.name, type: sources.type })
        .from(claimSources)
        .innerJoin(sources, eq(sources.id, claimSources.sourceId))
        .where(
          inArray(
            claimSources.claimId,
            rows.map((r) => r.claimId),
          ),
        )
        .orderBy(asc(claimSources.id))
        .all()
    : [];
  return rows.map((r) => ({
    ...r,
    orphaned: Boolean(r.orphaned),
    sources: links.filter((l) => l.claimId === r.claimId).map(({ name, type }) => ({ name, type })),
  }));
}
