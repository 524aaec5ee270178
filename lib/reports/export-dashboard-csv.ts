import 'server-only';
import type { Actor } from '@/lib/auth/roles';
import { csvRow } from '@/lib/export/to-csv';
import { listArticleFigures, withShares } from './get-dashboard';
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

/** One CSV row per article matching the dashboard filters, in id order: editors and up. */
export function exportDashboardCsv(actor: Actor | null, f: DashboardFilter): string {
  let out = csvRow(DASHBOARD_CSV_COLUMNS);
  for (const raw of listArticleFigures(actor, f)) {
    const r = withShares(raw);
    out += csvRow([r.id, r.title, r.outlet, r.author, r.day, r.published, r.claims, r.anonymousOnly, r.unattributed, r.reviewed, r.anonymousShare.toFixed(3), r.unattributedShare.toFixed(3)]);
  }
  return out;
}
