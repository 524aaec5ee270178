import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimHistory, users } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';

export interface HistoryEntryView {
  id: number;
  at: string;
  userId: number;
  user: string;
  field: string;
  before: unknown;
  after: unknown;
  version: number;
}

export const HISTORY_PAGE_SIZE = 50;

/** The newest changes to a claim first. */
export function getClaimHistory(actor: Actor | null, claimId: number, limit = HISTORY_PAGE_SIZE): HistoryEntryView[] {
  requireRole(actor, 'factchecker');
  return getDb()
    .select({ id: claimHistory.id, at: claimHistory.at, userId: claimHistory.userId, user: users.name, field: claimHistory.field, before: claimHistory.before, after: claimHistory.after, version: claimHistory.version })
    .from(claimHistory)
    .innerJoin(users, eq(users.id, claimHistory.userId))
    .where(eq(claimHistory.claimId, claimId))
    .orderBy(desc(claimHistory.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, at: r.at.toISOString() }));
}
