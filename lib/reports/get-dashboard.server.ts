import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/roles';
import type { DashboardFilter } from './schemas';
import { pageOf, pageWindow } from '@/lib/paging';

/** Sourcing figures over a group of articles; shares are 0..1 of `claims` (0 when none). */
export interface SourcingFigures {
  articles: number;
  claims: number;
  anonymousOnly: number;
  unattributed: number;
  reviewed: number;
  anonymousShare: number;
  unattributedShare: number;
}

export interface DashboardRow extends SourcingFigures {
  key: string | null;
}

export interface ThroughputRow {
  userId: number;
  name: string;
  role: string;
  /** Status changes to a verdict or opinion. */
  decisions: number;
  claims: number;
  lastAt: string | null;
}

export interface Dashboard {
  totals: SourcingFigures;
  byOutlet: { rows: DashboardRow[]; page: number; hasMore: boolean };
  byAuthor: { rows: DashboardRow[]; page: number; hasMore: boolean };
  /** Per month of the article's date, oldest first, at most `MONTHS_LIMIT` months (the newest). */
  byMonth: DashboardRow[];
  throughput: ThroughputRow[];
}

/** One article's figures: the unit every dashboard view and the CSV export add up. */
export interface ArticleFigures {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  /** The article's own date, or the day it was imported when it has none (yyyy-mm-dd). */
  day: string;
  published: boolean;
  claims: number;
  anonymousOnly: number;
  unattributed: number;
  reviewed: number;
}

export const DASHBOARD_PAGE_SIZE = 25;
export const MONTHS_LIMIT = 36;
export const THROUGHPUT_LIMIT = 50;

// Spelled exactly as the expression of articles_day_idx (migrations 0005, 0013), so that SQLite can use that index.
const ARTICLE_DAY = sql.raw(`coalesce(a.publication_date, date(a.created_at / 1000, 'unixepoch'))`);

/**
 * The articles a dashboard figure adds up. With a date filter they are read off their range of
 * articles_day_idx, which also holds every other column the dashboard filters and groups by: left
 * to itself, SQLite could walk the outlet (or author) index in full for the grouping's order and
 * read each of 10,000 article rows to check its date (110 ms instead of 7 for the last 90 days).
 */
function filteredArticles(f: DashboardFilter): SQL {
  return f.from || f.to ? sql`articles a indexed by articles_day_idx` : sql`articles a`;
}

function articleWhere(f: DashboardFilter): SQL | null {
  const where: SQL[] = [];
  if (f.outlet) where.push(sql`a.outlet = ${f.outlet}`);
  if (f.author) where.push(sql`a.author = ${f.author}`);
  if (f.status) where.push(sql`a.published = ${f.status === 'published' ? 1 : 0}`);
  if (f.from) where.push(sql`${ARTICLE_DAY} >= ${f.from}`);
  if (f.to) where.push(sql`${ARTICLE_DAY} <= ${f.to}`);
  return where.length ? sql.join(where, sql` and `) : null;
}

/**
 * Figures per article matching the filters. They are read off `article_figures`, which triggers keep
 * up to date (docs/decisions/0005-precomputed-figures.md): no request counts claims or links. The filters
 * use the articles indexes (outlet, author, and articles_day_idx on ARTICLE_DAY).
 * A claim is anonymous-only when it has sources and none of them is named; unattributed when it has
 * none. As in the article report, dismissed claims are not claims and orphaned ones are no longer
 * in the text.
 */
export function listArticleFigures(actor: Actor | null, f: DashboardFilter): ArticleFigures[] {
  requireRole(actor, 'editor');
  const where = articleWhere(f);
  // Through articles_dashboard_idx whatever the filters: it holds every column read here, and the
  // planner, which cannot see that each table row carries a whole article body, would otherwise read
  // the table (three times slower for the whole archive). A filtered export reads the same narrow index.
  const rows = getDb().all<Omit<ArticleFigures, 'published'> & { published: number }>(sql`
    select a.id, a.title, a.outlet, a.author, ${ARTICLE_DAY} as day, a.published,
      f.claims, f.anonymous_only as anonymousOnly, f.unattributed, f.reviewed
    from articles a indexed by articles_dashboard_idx cross join article_figures f on f.article_id = a.id
    ${where ? sql`where ${where}` : sql``}
    order by a.id`);
  return rows.map((r) => ({ ...r, published: r.published === 1 }));
}

const SUMS = sql.raw(`count(*) as articles, coalesce(sum(f.claims), 0) as claims, coalesce(sum(f.anonymous_only), 0) as anonymousOnly,
  coalesce(sum(f.unattributed), 0) as unattributed, coalesce(sum(f.reviewed), 0) as reviewed`);

type Sums = Omit<DashboardRow, 'anonymousShare' | 'unattributedShare'>;

/** The filtered articles' figures added up per `key` (null: one row for all), in SQL. */
function sumFigures(f: DashboardFilter, key: SQL | null, order: SQL, limit?: { size: number; offset: number }): Sums[] {
  const where = articleWhere(f);
  return getDb().all<Sums>(sql`
    select ${key ?? sql`null`} as key, ${SUMS}
    from ${filteredArticles(f)} cross join article_figures f on f.article_id = a.id
    ${where ? sql`where ${where}` : sql``}
    ${key ? sql`group by 1 order by ${order}` : sql``}
    ${limit ? sql`limit ${limit.size} offset ${limit.offset}` : sql``}`);
}

/**
 * The filtered articles' figures per month of their day, the newest MONTHS_LIMIT months. Added up
 * per day first: grouping on ARTICLE_DAY itself reads the day from articles_day_idx, where grouping
 * on a part of it read every article's row (48 ms instead of 5 for the whole archive of 10,000).
 */
function sumFiguresByMonth(f: DashboardFilter): Sums[] {
  const where = articleWhere(f);
  return getDb().all<Sums>(sql`
    select substr(day, 1, 7) as key, sum(articles) as articles, sum(claims) as claims, sum(anonymousOnly) as anonymousOnly,
      sum(unattributed) as unattributed, sum(reviewed) as reviewed
    from (
      select ${ARTICLE_DAY} as day, ${SUMS}
      from ${filteredArticles(f)} cross join article_figures f on f.article_id = a.id
      ${where ? sql`where ${where}` : sql``}
      group by 1
    )
    group by 1 order by key desc limit ${MONTHS_LIMIT}`);
}

type Counts = Pick<SourcingFigures, 'claims' | 'anonymousOnly' | 'unattributed'>;

/** `n` as a share (0..1) of `claims`; 0 when there are none. */
export function shareOf(n: number, claims: number): number {
  return claims === 0 ? 0 : n / claims;
}

export function withShares<T extends Counts>(row: T): T & Pick<SourcingFigures, 'anonymousShare' | 'unattributedShare'> {
  return { ...row, anonymousShare: shareOf(row.anonymousOnly, row.claims), unattributedShare: shareOf(row.unattributed, row.claims) };
}

/** Groups come largest (most claims) first, then by key; the group without a key last among equals. */
const BY_CLAIMS_THEN_KEY = sql.raw(`claims desc, key is null, key`);

function paged(f: DashboardFilter, key: SQL, page: number) {
  const { limit, offset } = pageWindow(page, DASHBOARD_PAGE_SIZE);
  const { rows, hasMore } = pageOf(sumFigures(f, key, BY_CLAIMS_THEN_KEY, { size: limit, offset }), DASHBOARD_PAGE_SIZE);
  return { rows: rows.map(withShares), page, hasMore };
}

/**
 * Review decisions per person on the filtered articles' claims: the per-article tallies that
 * triggers keep from the claim history (review_tallies, migration 0008), added up.
 */
function reviewThroughput(f: DashboardFilter): ThroughputRow[] {
  const where = articleWhere(f);
  const rows = getDb().all<Omit<ThroughputRow, 'lastAt'> & { lastAt: number | null }>(sql`
    select u.id as userId, u.name as name, u.role as role, sum(t.decisions) as decisions, sum(t.claims) as claims, max(t.last_at) as lastAt
    from review_tallies t
    cross join users u on u.id = t.user_id
    ${where ? sql`where t.article_id in (select a.id from ${filteredArticles(f)} where ${where})` : sql``}
    group by u.id
    order by decisions desc, name
    limit ${THROUGHPUT_LIMIT}`);
  return rows.map((t) => ({ ...t, lastAt: t.lastAt === null ? null : new Date(t.lastAt).toISOString() }));
}

/** Sourcing across articles, per outlet, author and month, and review throughput per person: editors and up. */
export function getDashboard(actor: Actor | null, f: DashboardFilter): Dashboard {
  requireRole(actor, 'editor');
  const { key: _all, ...totals } = withShares(sumFigures(f, null, sql``)[0]);
  // The newest MONTHS_LIMIT months, then oldest first.
  const months = sumFiguresByMonth(f);
  return {
    totals,
    byOutlet: paged(f, sql.raw('a.outlet'), f.outletPage),
    byAuthor: paged(f, sql.raw('a.author'), f.authorPage),
    byMonth: months.reverse().map(withShares),
    throughput: reviewThroughput(f),
  };
}
