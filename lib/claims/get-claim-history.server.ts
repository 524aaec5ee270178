import 'server-only';
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimHistory, claims, sources, users } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { pageOf, pageWindow } from '@/lib/paging';
import { describeChange, type ChangeNames } from './describe-change';
import { parseFieldChange, undoRefusal, type FieldChange } from './history-fields';
import { lastChange } from './undo-last-change.server';

/** One history row: who and when, the typed change (field, before, after), and the change in words. */
export type HistoryEntryView = {
  id: number;
  at: string;
  userId: number;
  user: string;
  /** "status Unreviewed → True" */
  summary: string;
  version: number;
} & FieldChange;

/** One page of a claim's history, newest first. */
export interface HistoryPage {
  entries: HistoryEntryView[];
  /** The cursor this page was read with (entries older than that id), or null for the newest page. */
  before: number | null;
  /** The cursor of the next, older page, or null when this page reaches the first change. */
  older: number | null;
  /** Who made the newest change of all (undo is offered to them), whichever page this is. */
  latestUserId: number | null;
  /** Why the newest change cannot be undone, or null when it can. */
  undoRefusal: string | null;
}

export const HISTORY_PAGE_SIZE = 50;

/**
 * The newest changes to a claim first, `limit` at a time; `before` (an entry id) reads the page of
 * changes older than it. A cursor rather than an offset: a busy claim gains entries while someone
 * reads its history, and claim_history_claim_idx (claim_id, id) serves either page directly.
 */
export function getClaimHistory(actor: Actor | null, claimId: number, { before, limit = HISTORY_PAGE_SIZE }: { before?: number; limit?: number } = {}): HistoryEntryView[] {
  requireRole(actor, 'factchecker');
  const db = getDb();
  const rows = db
    .select({ id: claimHistory.id, at: claimHistory.at, userId: claimHistory.userId, user: users.name, field: claimHistory.field, before: claimHistory.before, after: claimHistory.after, version: claimHistory.version })
    .from(claimHistory)
    .innerJoin(users, eq(users.id, claimHistory.userId))
    .where(and(eq(claimHistory.claimId, claimId), before === undefined ? undefined : lt(claimHistory.id, before)))
    .orderBy(desc(claimHistory.id))
    .limit(limit)
    .all();
  const changes = rows.map(parseFieldChange);
  const names = changeNames(db, changes);
  return rows.map(({ id, at, userId, user, version }, i) => ({ id, at: at.toISOString(), userId, user, version, ...changes[i], summary: describeChange(changes[i], names) }));
}

/** The people, claims and sources a page of changes refers to, read in three queries. */
function changeNames(db: ReturnType<typeof getDb>, changes: FieldChange[]): ChangeNames {
  const userIds = new Set<number>();
  const claimIds = new Set<number>();
  const sourceIds = new Set<number>();
  for (const c of changes) {
    if (c.field === 'assignee') for (const id of [c.before, c.after]) if (id !== null) userIds.add(id);
    if (c.field === 'split') claimIds.add(c.after.newClaimId);
    if (c.field === 'merge') claimIds.add(c.after.mergedClaimId);
    if (c.field === 'merged_into') for (const id of [c.before, c.after]) if (id !== null) claimIds.add(id);
    if (c.field === 'created' && c.after.splitFrom !== undefined) claimIds.add(c.after.splitFrom);
    if (c.field === 'source_type') sourceIds.add(c.after.sourceId);
  }
  const lookup = <T extends { id: number }, V>(ids: Set<number>, read: (ids: number[]) => T[], value: (row: T) => V) => {
    const map = new Map(ids.size ? read([...ids]).map((r) => [r.id, value(r)] as const) : []);
    return (id: number) => map.get(id);
  };
  return {
    user: lookup(userIds, (ids) => db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all(), (r) => r.name),
    claimPosition: lookup(claimIds, (ids) => db.select({ id: claims.id, position: claims.position }).from(claims).where(inArray(claims.id, ids)).all(), (r) => r.position),
    source: lookup(sourceIds, (ids) => db.select({ id: sources.id, name: sources.name }).from(sources).where(inArray(sources.id, ids)).all(), (r) => r.name),
  };
}

/** A page of history for the workspace, with the cursor of the older page. */
export function getClaimHistoryPage(actor: Actor | null, claimId: number, before?: number): HistoryPage {
  const { rows: entries, hasMore } = pageOf(getClaimHistory(actor, claimId, { before, limit: pageWindow(1, HISTORY_PAGE_SIZE).limit }), HISTORY_PAGE_SIZE);
  const latest = lastChange(getDb(), claimId);
  return {
    entries,
    before: before ?? null,
    older: hasMore ? entries[entries.length - 1].id : null,
    latestUserId: latest?.userId ?? null,
    undoRefusal: latest ? undoRefusal(latest.changes) : null,
  };
}
