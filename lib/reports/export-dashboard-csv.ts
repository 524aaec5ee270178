import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { csvRow } from '@/lib/export/to-csv';
import { FIGURES, filteredClaimsCte, withShares } from './get-dashboard';
import type { DashboardFilter } from './schemas';

export const DASHBOARD_CSV_COLUMNS = [
  'article_id',
  'title',
  'outlet',
  'author',
  'date',
  'published',
  'claims',
  'anonymous_only',
  'unattributed',
  'reviewed',
  'anonymous_share',
  'unattributed_share',
] as const;

const BATCH = 500;

/** One CSV row per article matching the dashboard filters, in id order, read in bounded batches. */
export function exportDashboardCsv(actor: Actor | null, f: DashboardFilter): string {
  requireRole(actor, 'editor');
  const db = getDb();
  let out = csvRow(DASHBOARD_CSV_COLUMNS);
  let after = 0;
  for (;;) {
    const rows = db.all<{
      id: number;
      title: string;
      outlet: string | null;
      author: string | null;
      day: string;
      published: number;
      articles: number;
      claims: number;
      anonymousOnly: number;
      unattributed: number;
      reviewed: number;
    }>(sql`${filteredClaimsCte(f)}
      select fa.id, fa.title, fa.outlet, fa.author, fa.day, fa.published, ${FIGURES}
      from fa left join fc on fc.article_id = fa.id
      where fa.id > ${after}
      group by fa.id order by fa.id limit ${BATCH}`);
    for (const raw of rows) {
      const r = withShares(raw);
      out += csvRow([r.id, r.title, r.outlet, r.author, r.day, r.published === 1, r.claims, r.anonymousOnly, r.unattributed, r.reviewed, r.anonymousShare.toFixed(3), r.unattributedShare.toFixed(3)]);
    }
    if (rows.length < BATCH) return out;
    after = rows[rows.length - 1].id;
  }
}
