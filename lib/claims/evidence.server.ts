import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { evidence } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { notFound } from '@/lib/errors';
import type { EvidenceRecord } from './history-fields';
import { mutateClaim, type ClaimState } from './mutate-claim.server';
import type { EvidenceInput } from './schemas';

export type { EvidenceRecord } from './history-fields';

export function addEvidence(actor: Actor | null, claimId: number, input: EvidenceInput): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, _claim, user) => {
    const record = insertEvidence(tx, claimId, user.id, input);
    return [{ field: 'evidence', before: null, after: record }];
  });
}

export function removeEvidence(actor: Actor | null, claimId: number, input: { evidenceId: number; version: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx) => {
    const row = tx
      .select({ id: evidence.id, url: evidence.url, title: evidence.title, stance: evidence.stance })
      .from(evidence)
      .where(and(eq(evidence.id, input.evidenceId), eq(evidence.claimId, claimId)))
      .get();
    if (!row) throw notFound(`Evidence ${input.evidenceId} on claim ${claimId}`);
    tx.delete(evidence).where(eq(evidence.id, row.id)).run();
    return [{ field: 'evidence', before: row, after: null }];
  });
}

export function insertEvidence(tx: Tx, claimId: number, userId: number, input: Omit<EvidenceRecord, 'id'> & { id?: number }): EvidenceRecord {
  return tx
    .insert(evidence)
    .values({ ...(input.id ? { id: input.id } : {}), claimId, url: input.url, title: input.title, stance: input.stance, createdBy: userId })
    .returning({ id: evidence.id, url: evidence.url, title: evidence.title, stance: evidence.stance })
    .get();
}
