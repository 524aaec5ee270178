import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimHistory, claims, type ClaimStatus } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import type { ClaimReviewInput } from './schemas';

export interface ClaimReviewState {
  id: number;
  articleId: number;
  status: ClaimStatus;
  note: string;
  version: number;
  reviewedAt: string | null;
}

const REVIEWED_FIELDS = ['status', 'note'] as const;

/**
 * Sets a claim's status and/or note. Refused with 409 (and the current state) when the claim has
 * changed since `input.version`; the update and its history rows commit together or not at all.
 */
export function setClaimReview(actor: Actor | null, claimId: number, input: ClaimReviewInput): ClaimReviewState {
  const user = requireRole(actor, 'factchecker');
  const db = getDb();
  return db.transaction(
    (tx) => {
      const current = tx
        .select({ id: claims.id, articleId: claims.articleId, status: claims.status, note: claims.note, version: claims.version, reviewedAt: claims.reviewedAt })
        .from(claims)
        .where(eq(claims.id, claimId))
        .get();
      if (!current) throw notFound(`Claim ${claimId}`);
      const currentState = { ...current, reviewedAt: current.reviewedAt?.toISOString() ?? null };
      if (current.version !== input.version) {
        throw new AppError('conflict', 'Someone else changed this claim since you loaded it', { current: currentState });
      }
      const changed = REVIEWED_FIELDS.filter((f) => input[f] !== undefined && input[f] !== current[f]);
      if (changed.length === 0) return currentState;

      const now = new Date();
      const version = current.version + 1;
      const updated = tx
        .update(claims)
        .set({
          status: input.status ?? current.status,
          note: input.note ?? current.note,
          version,
          reviewedAt: now,
          reviewedBy: user.id,
        })
        .where(and(eq(claims.id, claimId), eq(claims.version, current.version)))
        .returning({ id: claims.id, articleId: claims.articleId, status: claims.status, note: claims.note, version: claims.version, reviewedAt: claims.reviewedAt })
        .get();
      tx.insert(claimHistory)
        .values(changed.map((field) => ({ claimId, userId: user.id, at: now, field, before: current[field], after: input[field], version })))
        .run();
      return { ...updated, reviewedAt: updated.reviewedAt?.toISOString() ?? null };
    },
    { behavior: 'immediate' },
  );
}
