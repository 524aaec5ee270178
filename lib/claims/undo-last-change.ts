import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { claimHistory, claims, claimSources, evidence, type ClaimStatus } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { insertLink, type LinkRecord } from './claim-sources';
import { articleBody, checkedSpan, spanFields } from './correct-claims';
import { insertEvidence, type EvidenceRecord } from './evidence';
import { mutateClaim, type ClaimState, type FieldChange } from './mutate-claim';

type Span = { start: number; end: number };

/**
 * Reverts the claim's most recent change, if the actor made it. The revert is itself a change
 * (recorded with an `undo` marker), so undoing an undo redoes it. Splits, merges and edits to a
 * source shared by several claims cannot be undone here.
 */
export function undoLastChange(actor: Actor | null, claimId: number, input: { version: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, claim, user) => {
    const last = tx.select().from(claimHistory).where(eq(claimHistory.claimId, claimId)).orderBy(desc(claimHistory.id)).limit(50).all();
    if (last.length === 0) throw new AppError('invalid', 'There is nothing to undo');
    // One change is the run of rows written together: same version, same moment, same author.
    const group = last.filter((r) => r.version === last[0].version && r.at.getTime() === last[0].at.getTime() && r.userId === last[0].userId);
    if (group[0].userId !== user.id) throw new AppError('forbidden', 'Only the person who made the last change can undo it');

    const changes: FieldChange[] = [];
    for (const row of group.reverse()) {
      if (row.field === 'undo') continue;
      changes.push(...revert(tx, claim.id, claim.articleId, user.id, row.field, row.before, row.after));
    }
    changes.push({ field: 'undo', before: null, after: { version: claim.version } });
    return changes;
  });
}

function revert(tx: Tx, claimId: number, articleId: number, userId: number, field: string, before: unknown, after: unknown): FieldChange[] {
  switch (field) {
    case 'status':
      tx.update(claims).set({ status: before as ClaimStatus }).where(eq(claims.id, claimId)).run();
      return [{ field, before: after, after: before }];
    case 'note':
      tx.update(claims).set({ note: before as string }).where(eq(claims.id, claimId)).run();
      return [{ field, before: after, after: before }];
    case 'assignee':
      tx.update(claims).set({ assigneeId: before as number | null }).where(eq(claims.id, claimId)).run();
      return [{ field, before: after, after: before }];
    case 'dismissed':
      tx.update(claims).set({ dismissed: before as boolean }).where(eq(claims.id, claimId)).run();
      return [{ field, before: after, after: before }];
    case 'created':
      // Undoing the addition of a missed claim dismisses it; the row stays for the history.
      tx.update(claims).set({ dismissed: true }).where(eq(claims.id, claimId)).run();
      return [{ field: 'dismissed', before: false, after: true }];
    case 'span': {
      // A re-import's span is in another revision of the text: moving back would point into the wrong words.
      if (typeof after === 'object' && after !== null && 'revision' in after) throw new AppError('invalid', 'A re-import cannot be undone');
      const body = articleBody(tx, articleId);
      // Someone may have added a claim where this one used to reach since.
      const span = checkedSpan(tx, articleId, body, (before as Span).start, (before as Span).end, [claimId]);
      tx.update(claims).set(spanFields(body, span)).where(eq(claims.id, claimId)).run();
      return [{ field, before: after, after: before }];
    }
    case 'evidence': {
      if (after && !before) {
        tx.delete(evidence).where(and(eq(evidence.id, (after as EvidenceRecord).id), eq(evidence.claimId, claimId))).run();
      } else if (before && !after) {
        insertEvidence(tx, claimId, userId, before as EvidenceRecord);
      }
      return [{ field, before: after, after: before }];
    }
    case 'source': {
      if (after && !before) {
        tx.delete(claimSources).where(and(eq(claimSources.claimId, claimId), eq(claimSources.sourceId, (after as LinkRecord).sourceId))).run();
      } else if (before && !after) {
        insertLink(tx, claimId, before as LinkRecord);
      }
      return [{ field, before: after, after: before }];
    }
    default:
      throw new AppError('invalid', `A change of “${field}” cannot be undone`);
  }
}
