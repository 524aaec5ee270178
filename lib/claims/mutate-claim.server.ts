import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { claimHistory, claims, type Claim, type Role } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import type { FieldChange } from './history-fields';

export type { FieldChange } from './history-fields';

export interface ClaimState {
  id: number;
  articleId: number;
  version: number;
  status: Claim['status'];
  note: string;
  assigneeId: number | null;
  start: number;
  end: number;
  text: string;
  dismissed: boolean;
}

export function claimState(claim: Claim): ClaimState {
  const { id, articleId, version, status, note, assigneeId, start, end, text, dismissed } = claim;
  return { id, articleId, version, status, note, assigneeId, start, end, text, dismissed };
}

/**
 * The one way a claim changes: in an IMMEDIATE transaction, refuse a stale `expectedVersion`
 * with 409 and the current state, apply `change`, then bump the version and append the
 * returned field changes to the history, all or nothing. `change` returns [] for a no-op.
 */
export function mutateClaim(
  actor: Actor | null,
  claimId: number,
  expectedVersion: number,
  change: (tx: Tx, claim: Claim, user: Actor) => FieldChange[],
  minimumRole: Role = 'factchecker',
): ClaimState {
  const user = requireRole(actor, minimumRole);
  return getDb().transaction(
    (tx) => {
      const current = tx.select().from(claims).where(eq(claims.id, claimId)).get();
      if (!current) throw notFound(`Claim ${claimId}`);
      if (current.version !== expectedVersion) {
        throw new AppError('conflict', 'Someone else changed this claim since you loaded it', { current: claimState(current) });
      }
      const changes = change(tx, current, user);
      if (changes.length === 0) return claimState(current);
      const version = current.version + 1;
      const updated = tx
        .update(claims)
        .set({ version })
        .where(and(eq(claims.id, claimId), eq(claims.version, current.version)))
        .returning()
        .get();
      recordHistory(tx, claimId, user.id, version, changes);
      return claimState(updated);
    },
    { behavior: 'immediate' },
  );
}

export function recordHistory(tx: Tx, claimId: number, userId: number, version: number, changes: FieldChange[]): void {
  if (changes.length === 0) return;
  const at = new Date();
  tx.insert(claimHistory)
    .values(changes.map((c) => ({ claimId, userId, at, field: c.field, before: c.before ?? null, after: c.after ?? null, version })))
    .run();
}

/**
 * Bumps the version of a claim changed alongside the one mutateClaim is changing (the other half
 * of a merge or split) and records its changes, so that both histories tell the story.
 */
export function recordChangeOfAnother(tx: Tx, claimId: number, userId: number, changes: FieldChange[]): void {
  const updated = tx
    .update(claims)
    .set({ version: sql`${claims.version} + 1` })
    .where(eq(claims.id, claimId))
    .returning({ version: claims.version })
    .get();
  if (!updated) throw notFound(`Claim ${claimId}`);
  recordHistory(tx, claimId, userId, updated.version, changes);
}
