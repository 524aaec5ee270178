import 'server-only';
import { and, eq } from 'drizzle-orm';
import { claims, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { mutateClaim, type ClaimState } from './mutate-claim.server';

/** Assigns the claim to an active desk member, or unassigns it with null. */
export function setClaimAssignee(actor: Actor | null, claimId: number, input: { assigneeId: number | null; version: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, current) => {
    if (input.assigneeId === current.assigneeId) return [];
    if (input.assigneeId !== null) {
      const assignee = tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.assigneeId), eq(users.active, true))).get();
      if (!assignee) throw new AppError('invalid', 'No active user with that id', { fieldErrors: { assigneeId: ['Unknown user'] } });
    }
    tx.update(claims).set({ assigneeId: input.assigneeId }).where(eq(claims.id, claimId)).run();
    return [{ field: 'assignee', before: current.assigneeId, after: input.assigneeId }];
  });
}
