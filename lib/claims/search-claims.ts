import 'server-only';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimSources, sources, type ClaimStatus, type SourceType } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import type { ClaimSearchInput } from './schemas';
import { HIT_END, HIT_START, toFtsQuery } from './search-query';

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
 * Claims whose text matches `match` (an FTS5 query built by toFtsQuery, never raw input), best
 * bm25 first. CROSS JOIN fixes the join order: the FTS index finds the matching rows and each is
 * then looked up by primary key, so no filter can lead SQLite into scanning the claims table.
 */
export function ftsClaimsSql(match: string, where: SQL[], limit: number, offset = 0): SQL {
  return sql`
    select c.id as claimId, c.article_id as articleId, a.title as articleTitle, a.outlet as outlet, c.text as text,
      snippet(claims_fts, 0, ${HIT_START}, ${HIT_END}, '…', 24) as snippet, c.status as status, c.orphaned as orphaned
    from claims_fts
    cross join claims c on c.id = claims_fts.rowid
    cross join articles a on a.id = c.article_id
    where claims_fts match ${match}${sql.join(
      where.map((w) => sql` and ${w}`),
      sql``,
    )}
    order by bm25(claims_fts), c.id
    limit ${limit} offset ${offset}`;
}

/** Full-text search over every claim, with filters, a page at a time: fact-checkers and up. */
export function searchClaims(actor: Actor | null, input: ClaimSearchInput): ClaimSearchPage {
  requireRole(actor, 'factchecker');
  const query = toFtsQuery(input.q);
  if (!query) return { query: null, results: [], page: input.page, hasMore: false };

  const where: SQL[] = [];
  if (input.status) where.push(sql`c.status = ${input.status}`);
  if (input.outlet) where.push(sql`a.outlet = ${input.outlet} collate nocase`);
  if (input.article) where.push(sql`c.article_id = ${input.article}`);
  if (input.sourceType === 'unattributed') {
    where.push(sql`not exists (select 1 from claim_sources cs where cs.claim_id = c.id)`);
  } else if (input.sourceType) {
    where.push(sql`exists (select 1 from claim_sources cs join sources s on s.id = cs.source_id where cs.claim_id = c.id and s.type = ${input.sourceType})`);
  }

  const db = getDb();
  const rows = db.all<HitRow>(ftsClaimsSql(query, where, SEARCH_PAGE_SIZE + 1, (input.page - 1) * SEARCH_PAGE_SIZE));
  const page = rows.slice(0, SEARCH_PAGE_SIZE);
  return { query, page: input.page, hasMore: rows.length > SEARCH_PAGE_SIZE, results: withSources(page) };
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
