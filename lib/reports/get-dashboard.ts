import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/roles';
import type { DashboardFilter } from './schemas';

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

const ARTICLE_DAY = sql.raw(`coalesce(a.publication_date, date(a.created_at / 1000, 'unixepoch'))`);

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
 * Figures per article matching the filters, in one pass over their claims and claim–source links
 * (the articles filter uses the outlet/author/date indexes; claims are reached by article).
 * A claim is anonymous-only when it has sources and none of them is named; unattributed when it has
 * none. As in the article report, dismissed claims are not claims and orphaned ones are no longer
 * in the text.
 */
export function listArticleFigures(actor: Actor | null, f: DashboardFilter): ArticleFigures[] {
  requireRole(actor, 'editor');
  const where = articleWhere(f);
  const inArticles = where ? sql`and c.article_id in (select id from fa)` : sql``;
  const rows = getDb().all<Omit<ArticleFigures, 'published'> & { published: number }>(sql`
    with fa as (
      select a.id, a.title, a.outlet, a.author, a.published, ${ARTICLE_DAY} as day from articles a ${where ? sql`where ${where}` : sql``}
    ),
    cl as (
      select c.article_id, count(*) as claims, sum(c.status not in ('unreviewed', 'in_progress')) as reviewed
      from claims c
      where c.dismissed = 0 and c.orphaned = 0 ${inArticles}
      group by c.article_id
    ),
    lk as (
      select c.article_id, count(distinct cs.claim_id) as sourced,
        count(distinct case when s.type <> 'anonymous' then cs.claim_id end) as named
      from claims c
      join claim_sources cs on cs.claim_id = c.id
      join sources s on s.id = cs.source_id
      where c.dismissed = 0 and c.orphaned = 0 ${inArticles}
      group by c.article_id
    )
    select fa.id, fa.title, fa.outlet, fa.author, fa.day, fa.published,
      coalesce(cl.claims, 0) as claims,
      coalesce(lk.sourced, 0) - coalesce(lk.named, 0) as anonymousOnly,
      coalesce(cl.claims, 0) - coalesce(lk.sourced, 0) as unattributed,
      coalesce(cl.reviewed, 0) as reviewed
    from fa
    left join cl on cl.article_id = fa.id
    left join lk on lk.article_id = fa.id
    order by fa.id`);
  return rows.map((r) => ({ ...r, published: r.published === 1 }));
}

type Counts = Pick<SourcingFigures, 'claims' | 'anonymousOnly' | 'unattributed'>;

export function withShares<T extends Counts>(row: T): T & Pick<SourcingFigures, 'anonymousShare' | 'unattributedShare'> {
  const share = (n: number) => (row.claims === 0 ? 0 : n / row.claims);
  return { ...row, anonymousShare: share(row.anonymousOnly), unattributedShare: share(row.unattributed) };
}

/** Adds articles' figures up per key; groups come largest (most claims) first, then by key. */
function groupBy(rows: ArticleFigures[], keyOf: (r: ArticleFigures) => string | null): DashboardRow[] {
  const groups = new Map<string | null, DashboardRow>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = groups.get(key) ?? { key, articles: 0, claims: 0, anonymousOnly: 0, unattributed: 0, reviewed: 0, anonymousShare: 0, unattributedShare: 0 };
    g.articles++;
    g.claims += r.claims;
    g.anonymousOnly += r.anonymousOnly;
    g.unattributed += r.unattributed;
    g.reviewed += r.reviewed;
    groups.set(key, g);
  }
  return [...groups.values()].map(withShares);
}

const byClaimsThenKey = (a: DashboardRow, b: DashboardRow) => b.claims - a.claims || String(a.key ?? '\uffff').localeCompare(String(b.key ?? '\uffff'));

function paged(rows: DashboardRow[], page: number) {
  const start = (page - 1) * DASHBOARD_PAGE_SIZE;
  return { rows: rows.slice(start, start + DASHBOARD_PAGE_SIZE), page, hasMore: rows.length > start + DASHBOARD_PAGE_SIZE };
}

/** Review decisions per person on the filtered articles' claims, from the claim history. */
function reviewThroughput(f: DashboardFilter): ThroughputRow[] {
  const where = articleWhere(f);
  // History stores values as JSON text, so a status is compared in its quoted form (no json_extract per row).
  const rows = getDb().all<Omit<ThroughputRow, 'lastAt'> & { lastAt: number | null }>(sql`
    select u.id as userId, u.name as name, u.role as role, count(*) as decisions, count(distinct h.claim_id) as claims, max(h.at) as lastAt
    from claim_history h
    join claims c on c.id = h.claim_id
    join users u on u.id = h.user_id
    where h.field = 'status' and h.after not in ('"unreviewed"', '"in_progress"')
      and c.dismissed = 0 and c.orphaned = 0
      ${where ? sql`and c.article_id in (select a.id from articles a where ${where})` : sql``}
    group by u.id
    order by decisions desc, name
    limit ${THROUGHPUT_LIMIT}`);
  return rows.map((t) => ({ ...t, lastAt: t.lastAt === null ? null : new Date(t.lastAt).toISOString() }));
}

/** Sourcing across articles, per outlet, author and month, and review throughput per person: editors and up. */
export function getDashboard(actor: Actor | null, f: DashboardFilter): Dashboard {
  const articles = listArticleFigures(actor, f);
  const { key: _all, ...totals } = groupBy(articles, () => 'all')[0] ?? withShares({ key: 'all', articles: 0, claims: 0, anonymousOnly: 0, unattributed: 0, reviewed: 0 });
  return {
    totals,
    byOutlet: paged(groupBy(articles, (r) => r.outlet).sort(byClaimsThenKey), f.outletPage),
    byAuthor: paged(groupBy(articles, (r) => r.author).sort(byClaimsThenKey), f.authorPage),
    byMonth: groupBy(articles, (r) => r.day.slice(0, 7))
      .sort((a, b) => String(a.key).localeCompare(String(b.key)))
      .slice(-MONTHS_LIMIT),
    throughput: reviewThroughput(f),
  };
}
