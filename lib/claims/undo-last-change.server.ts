import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { claimHistory, claims, claimSources, evidence, type Claim } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import { correctSource, insertLink } from './claim-sources.server';
import { articleBody, checkedSpan, joinClaims, partClaims, spanFields, type PairChange } from './correct-claims.server';
import { insertEvidence } from './evidence.server';
import { parseFieldChange, undoRefusal, type FieldChange, type FieldChangeOf } from './history-fields';
import { mutateClaim, recordChangeOfAnother, type ClaimState } from './mutate-claim.server';

/** A claim's most recent change: the history rows written together (same version, moment and author). */
export interface LastChange {
  userId: number;
  version: number;
  changes: FieldChange[];
}

export function lastChange(db: DbOrTx, claimId: number): LastChange | null {
  const rows = db.select().from(claimHistory).where(eq(claimHistory.claimId, claimId)).orderBy(desc(claimHistory.id)).limit(50).all();
  if (rows.length === 0) return null;
  const [newest] = rows;
  const group = rows.filter((r) => r.version === newest.version && r.at.getTime() === newest.at.getTime() && r.userId === newest.userId).reverse();
  return { userId: newest.userId, version: newest.version, changes: group.map(parseFieldChange) };
}

/**
 * Reverts the claim's most recent change, if the actor made it. The revert is itself a change
 * (recorded with an `undo` marker), so undoing an undo redoes it. A split is undone by joining the
 * two halves again, a merge by parting them, from either claim; both claims' histories record it.
 * Re-imports and merges of two sources cannot be undone (see undoRefusal).
 */
export function undoLastChange(actor: Actor | null, claimId: number, input: { version: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, claim, user) => {
    const last = lastChange(tx, claimId);
    if (!last) throw new AppError('invalid', 'There is nothing to undo');
    if (last.userId !== user.id) throw new AppError('forbidden', 'Only the person who made the last change can undo it');
    const refusal = undoRefusal(last.changes);
    if (refusal) throw new AppError('invalid', refusal);

    const changes = last.changes.filter((c) => c.field !== 'undo');
    const reverted = revertJoinOrPart(tx, claim, user.id, changes) ?? changes.reverse().flatMap((c) => revert(tx, claim, user.id, c));
    return [...reverted, { field: 'undo', before: null, after: { version: claim.version } }];
  });
}

const find = <F extends FieldChange['field']>(changes: FieldChange[], field: F) => changes.find((c): c is FieldChangeOf<F> => c.field === field);

function loadClaim(tx: Tx, id: number): Claim {
  const row = tx.select().from(claims).where(eq(claims.id, id)).get();
  if (!row) throw notFound(`Claim ${id}`);
  return row;
}

/**
 * Undoes a change that made two claims one or one claim two, seen from either claim. Returns the
 * acting claim's changes, or null when the change was of another kind.
 */
function revertJoinOrPart(tx: Tx, claim: Claim, userId: number, changes: FieldChange[]): FieldChange[] | null {
  const span = find(changes, 'span');
  const split = find(changes, 'split');
  const merge = find(changes, 'merge');
  const mergedInto = find(changes, 'merged_into');
  const created = find(changes, 'created');

  if (split && span) {
    // This claim was cut (or parted from a merge): join the other half back in, unless someone has worked on it since.
    const other = loadClaim(tx, split.after.newClaimId);
    if (other.version !== (split.after.newVersion ?? 1)) throw new AppError('invalid', 'The other half has changed since the split; select it and merge the claims instead');
    const joined = joinClaims(tx, claim, other);
    recordChangeOfAnother(tx, other.id, userId, joined.other);
    return joined.keep;
  }
  if (merge && span) {
    const other = loadClaim(tx, merge.after.mergedClaimId);
    if (merge.after.mergedVersion === undefined || other.version !== merge.after.mergedVersion) {
      throw new AppError('invalid', 'The merged claim has changed since the merge; split the claim instead');
    }
    if (claim.start !== span.after.start || claim.end !== span.after.end) throw new AppError('invalid', 'The claim has changed since the merge; split it instead');
    const parted = partClaims(tx, claim, other, { start: span.before.start, end: span.before.end }, merge.after.addedSourceIds ?? []);
    recordChangeOfAnother(tx, other.id, userId, parted.other);
    return parted.keep;
  }
  const keeperId = mergedInto ? (mergedInto.after ?? mergedInto.before) : created?.after.splitFrom;
  if (keeperId === undefined || keeperId === null) return null;

  // This claim is the second half: the change is undone on the claim that kept the first half, and recorded on both.
  const keeper = loadClaim(tx, keeperId);
  let pair: PairChange;
  if (mergedInto?.after) {
    // This claim was merged into the keeper: part it out again, if the keeper's last change is still that merge.
    const keeperLast = lastChange(tx, keeper.id);
    const keeperMerge = keeperLast && find(keeperLast.changes, 'merge');
    const keeperSpan = keeperLast && find(keeperLast.changes, 'span');
    if (!keeperMerge || !keeperSpan || keeperMerge.after.mergedClaimId !== claim.id || keeper.start !== keeperSpan.after.start || keeper.end !== keeperSpan.after.end) {
      throw new AppError('invalid', 'The claim it was merged into has changed since; split that claim instead');
    }
    pair = partClaims(tx, keeper, claim, { start: keeperSpan.before.start, end: keeperSpan.before.end }, keeperMerge.after.addedSourceIds ?? []);
  } else {
    // This claim was cut from the keeper (a split, or a merge undone): join it back.
    pair = joinClaims(tx, keeper, claim);
  }
  recordChangeOfAnother(tx, keeper.id, userId, pair.keep);
  return pair.other;
}

function revert(tx: Tx, claim: Claim, userId: number, change: FieldChange): FieldChange[] {
  const claimId = claim.id;
  switch (change.field) {
    case 'status':
      tx.update(claims).set({ status: change.before }).where(eq(claims.id, claimId)).run();
      return [{ field: change.field, before: change.after, after: change.before }];
    case 'note':
      tx.update(claims).set({ note: change.before }).where(eq(claims.id, claimId)).run();
      return [{ field: change.field, before: change.after, after: change.before }];
    case 'assignee':
      tx.update(claims).set({ assigneeId: change.before }).where(eq(claims.id, claimId)).run();
      return [{ field: change.field, before: change.after, after: change.before }];
    case 'dismissed':
      // A restored claim may not overlap a claim added over its text since it was dismissed.
      if (!change.before) checkedSpan(tx, claim.articleId, articleBody(tx, claim.articleId), claim.start, claim.end, [claimId]);
      tx.update(claims).set({ dismissed: change.before }).where(eq(claims.id, claimId)).run();
      return [{ field: change.field, before: change.after, after: change.before }];
    case 'created':
      // Undoing the addition of a missed claim dismisses it; the row stays for the history.
      tx.update(claims).set({ dismissed: true }).where(eq(claims.id, claimId)).run();
      return [{ field: 'dismissed', before: claim.dismissed, after: true }];
    case 'span': {
      const body = articleBody(tx, claim.articleId);
      // Someone may have added a claim where this one used to reach since.
      const span = checkedSpan(tx, claim.articleId, body, change.before.start, change.before.end, [claimId]);
      tx.update(claims).set(spanFields(body, span)).where(eq(claims.id, claimId)).run();
      return [{ field: change.field, before: change.after, after: change.before }];
    }
    case 'evidence':
      if (change.after && !change.before) {
        tx.delete(evidence).where(and(eq(evidence.id, change.after.id), eq(evidence.claimId, claimId))).run();
      } else if (change.before && !change.after) {
        insertEvidence(tx, claimId, userId, change.before);
      }
      return [{ field: change.field, before: change.after, after: change.before }];
    case 'source':
      if (change.after && !change.before) {
        tx.delete(claimSources).where(and(eq(claimSources.claimId, claimId), eq(claimSources.sourceId, change.after.sourceId))).run();
      } else if (change.before && !change.after) {
        insertLink(tx, claimId, change.before);
      }
      return [{ field: change.field, before: change.after, after: change.before }];
    case 'source_name':
      return correctSource(tx, userId, change.before.sourceId, { name: change.before.value }, claimId);
    case 'source_type':
      return correctSource(tx, userId, change.before.sourceId, { type: change.before.value }, claimId);
    case 'split':
    case 'merge':
    case 'merged_into':
      // Reached only without the span change written with them: a history row from an older version.
      throw new AppError('invalid', 'This split or merge was recorded before they could be undone; correct the claims by hand');
    case 'source_merge':
    case 'orphaned':
    case 'text':
    case 'undo':
      throw new AppError('invalid', undoRefusal([change]) ?? 'This change cannot be undone');
    default: {
      const unhandled: never = change;
      throw new Error(`Unhandled history field ${JSON.stringify(unhandled)}`);
    }
  }
}
