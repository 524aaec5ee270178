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

export const DASHBOARD_PAGE_SIZE = 25;
export const MONTHS_LIMIT = 36;
export const THROUGHPUT_LIMIT = 50;

/** The article's own date, or the day it was imported when it has none. */
const ARTICLE_DAY = sql.raw(`coalesce(a.publication_date, date(a.created_at / 1000, 'unixepoch'))`);

/** The filtered articles, as a CTE named `fa`, and their non-dismissed claims classified, as `fc`. */
export function filteredClaimsCte(f: DashboardFilter): SQL {
  const where: SQL[] = [sql`1 = 1`];
  if (f.outlet) where.push(sql`a.outlet = ${f.outlet}`);
  if (f.author) where.push(sql`a.author = ${f.author}`);
  if (f.status) where.push(sql`a.published = ${f.status === 'published' ? 1 : 0}`);
  if (f.from) where.push(sql`${ARTICLE_DAY} >= ${f.from}`);
  if (f.to) where.push(sql`${ARTICLE_DAY} <= ${f.to}`);
  return sql`with fa as (
      select a.id, a.title, a.outlet, a.author, a.published, ${ARTICLE_DAY} as day from articles a where ${sql.join(where, sql` and `)}
    ),
    fc as (
      select c.id, c.article_id, c.status,
        exists (select 1 from claim_sources cs where cs.claim_id = c.id) as sourced,
        exists (select 1 from claim_sources cs join sources s on s.id = cs.source_id where cs.claim_id = c.id and s.type <> 'anonymous') as named
      from claims c join fa on fa.id = c.article_id
      -- As in the article report: dismissed claims are not claims, orphaned ones are no longer in the text.
      where c.dismissed = 0 and c.orphaned = 0
    )`;
}

/** Aggregate columns over `fa left join fc`. */
export const FIGURES = sql.raw(`count(distinct fa.id) as articles,
  count(fc.id) as claims,
  coalesce(sum(fc.sourced = 1 and fc.named = 0), 0) as anonymousOnly,
  coalesce(sum(fc.sourced = 0), 0) as unattributed,
  coalesce(sum(fc.status not in ('unreviewed', 'in_progress')), 0) as reviewed`);

type RawFigures = Omit<SourcingFigures, 'anonymousShare' | 'unattributedShare'>;

export function withShares<T extends RawFigures>(row: T): T & SourcingFigures {
  const share = (n: number) => (row.claims === 0 ? 0 : n / row.claims);
  return { ...row, anonymousShare: share(row.anonymousOnly), unattributedShare: share(row.unattributed) };
}

function grouped(f: DashboardFilter, column: 'outlet' | 'author', page: number) {
  const rows = getDb().all<RawFigures & { key: string | null }>(sql`${filteredClaimsCte(f)}
    select fa.${sql.raw(column)} as key, ${FIGURES}
    from fa left join fc on fc.article_id = fa.id
    group by fa.${sql.raw(column)}
    order by count(fc.id) desc, key
    limit ${DASHBOARD_PAGE_SIZE + 1} offset ${(page - 1) * DASHBOARD_PAGE_SIZE}`);
  return { rows: rows.slice(0, DASHBOARD_PAGE_SIZE).map(withShares), page, hasMore: rows.length > DASHBOARD_PAGE_SIZE };
}

/** Sourcing across articles, per outlet, author and month, and review throughput per person: editors and up. */
export function getDashboard(actor: Actor | null, f: DashboardFilter): Dashboard {
  requireRole(actor, 'editor');
  const db = getDb();
  const totals = db.get<RawFigures>(sql`${filteredClaimsCte(f)} select ${FIGURES} from fa left join fc on fc.article_id = fa.id`);
  const byMonth = db
    .all<RawFigures & { key: string | null }>(
      sql`${filteredClaimsCte(f)}
      select substr(fa.day, 1, 7) as key, ${FIGURES}
      from fa left join fc on fc.article_id = fa.id
      group by key order by key desc limit ${MONTHS_LIMIT}`,
    )
    .reverse();
  const throughput = db.all<Omit<ThroughputRow, 'lastAt'> & { lastAt: number | null }>(sql`${filteredClaimsCte(f)}
    select u.id as userId, u.name as name, u.role as role, count(*) as decisions, count(distinct h.claim_id) as claims, max(h.at) as lastAt
    from claim_history h
    join fc on fc.id = h.claim_id
    join users u on u.id = h.user_id
    where h.field = 'status' and json_extract(h.after, '$') not in ('unreviewed', 'in_progress')
    group by u.id
    order by decisions desc, name
    limit ${THROUGHPUT_LIMIT}`);
  return {
    totals: withShares(totals ?? { articles: 0, claims: 0, anonymousOnly: 0, unattributed: 0, reviewed: 0 }),
    byOutlet: grouped(f, 'outlet', f.outletPage),
    byAuthor: grouped(f, 'author', f.authorPage),
    byMonth: byMonth.map(withShares),
    throughput: throughput.map((t) => ({ ...t, lastAt: t.lastAt === null ? null : new Date(t.lastAt).toISOString() })),
  };
}
