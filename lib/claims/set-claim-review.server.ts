import 'server-only';
import { eq } from 'drizzle-orm';
import { claims } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { mutateClaim, type ClaimState, type FieldChange } from './mutate-claim.server';
import type { ClaimReviewInput } from './schemas';

/**
 * Sets a claim's status and/or note. Refused with 409 (and the current state) when the claim has
 * changed since `input.version`; the update and its history rows commit together or not at all.
 */
export function setClaimReview(actor: Actor | null, claimId: number, input: ClaimReviewInput): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, current, user) => {
    const changes: FieldChange[] = [];
    if (input.status !== undefined && input.status !== current.status) changes.push({ field: 'status', before: current.status, after: input.status });
    if (input.note !== undefined && input.note !== current.note) changes.push({ field: 'note', before: current.note, after: input.note });
    if (changes.length > 0) {
      tx.update(claims)
        .set({ status: input.status ?? current.status, note: input.note ?? current.note, reviewedAt: new Date(), reviewedBy: user.id })
        .where(eq(claims.id, claimId))
        .run();
    }
    return changes;
  });
}
