import 'server-only';
import { asc, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';

export const FILTER_OPTIONS_LIMIT = 200;

/** Outlets and authors to suggest in the dashboard filters: distinct values read off their indexes, bounded. */
export function listFilterOptions(actor: Actor | null): { outlets: string[]; authors: string[] } {
  requireRole(actor, 'editor');
  const db = getDb();
  const distinct = (column: typeof articles.outlet | typeof articles.author) =>
    db
      .selectDistinct({ value: column })
      .from(articles)
      .where(isNotNull(column))
      .orderBy(asc(column))
      .limit(FILTER_OPTIONS_LIMIT)
      .all()
      .map((r) => r.value!);
  return { outlets: distinct(articles.outlet), authors: distinct(articles.author) };
}
