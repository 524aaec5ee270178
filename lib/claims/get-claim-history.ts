import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimHistory, users } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { pageOf, pageWindow } from '@/lib/paging';

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

/** One page of a claim's history, newest first. */
export interface HistoryPage {
  entries: HistoryEntryView[];
  /** The cursor this page was read with (entries older than that id), or null for the newest page. */
  before: number | null;
  /** The cursor of the next, older page, or null when this page reaches the first change. */
  older: number | null;
  /** Who made the newest change of all (undo is offered to them), whichever page this is. */
  latestUserId: number | null;
}

export const HISTORY_PAGE_SIZE = 50;

/**
 * The newest changes to a claim first, `limit` at a time; `before` (an entry id) reads the page of
 * changes older than it. A cursor rather than an offset: a busy claim gains entries while someone
 * reads its history, and claim_history_claim_idx (claim_id, id) serves either page directly.
 */
export function getClaimHistory(actor: Actor | null, claimId: number, { before, limit = HISTORY_PAGE_SIZE }: { before?: number; limit?: number } = {}): HistoryEntryView[] {
  requireRole(actor, 'factchecker');
  return getDb()
    .select({ id: claimHistory.id, at: claimHistory.at, userId: claimHistory.userId, user: users.name, field: claimHistory.field, before: claimHistory.before, after: claimHistory.after, version: claimHistory.version })
    .from(claimHistory)
    .innerJoin(users, eq(users.id, claimHistory.userId))
    .where(and(eq(claimHistory.claimId, claimId), before === undefined ? undefined : lt(claimHistory.id, before)))
    .orderBy(desc(claimHistory.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, at: r.at.toISOString() }));
}

/** A page of history for the workspace, with the cursor of the older page. */
export function getClaimHistoryPage(actor: Actor | null, claimId: number, before?: number): HistoryPage {
  const { rows: entries, hasMore } = pageOf(getClaimHistory(actor, claimId, { before, limit: pageWindow(1, HISTORY_PAGE_SIZE).limit }), HISTORY_PAGE_SIZE);
  const latest = before === undefined ? entries[0] : getClaimHistory(actor, claimId, { limit: 1 })[0];
  return { entries, before: before ?? null, older: hasMore ? entries[entries.length - 1].id : null, latestUserId: latest?.userId ?? null };
}
