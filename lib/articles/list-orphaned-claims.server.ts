import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { claims, evidence, users, type ClaimStatus, type EvidenceStance } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';

export interface OrphanedClaimView {
  id: number;
  /** The claim's words as they were in the revision where it was last found. */
  text: string;
  status: ClaimStatus;
  note: string;
  version: number;
  dismissed: boolean;
  origin: 'extracted' | 'manual';
  reviewedAt: string | null;
  reviewedBy: string | null;
  assignee: string | null;
  evidence: { url: string; title: string; stance: EvidenceStance }[];
}

const assignees = alias(users, 'assignees');

/**
 * Reviewed claims that a re-import could not find in the article's current text, with their
 * reviews: a fact-checker decides whether they still matter. Fact-checkers and up.
 */
export function listOrphanedClaims(actor: Actor | null, articleId: number): OrphanedClaimView[] {
  requireRole(actor, 'factchecker');
  const db = getDb();
  const rows = db
    .select({ claim: claims, reviewer: users.name, assignee: assignees.name })
    .from(claims)
    .leftJoin(users, eq(users.id, claims.reviewedBy))
    .leftJoin(assignees, eq(assignees.id, claims.assigneeId))
    .where(and(eq(claims.articleId, articleId), eq(claims.orphaned, true)))
    .orderBy(asc(claims.position))
    .all();
  if (rows.length === 0) return [];
  const evidenceRows = db
    .select({ claimId: evidence.claimId, url: evidence.url, title: evidence.title, stance: evidence.stance })
    .from(evidence)
    .where(
      inArray(
        evidence.claimId,
        rows.map((r) => r.claim.id),
      ),
    )
    .orderBy(asc(evidence.id))
    .all();
  return rows.map(({ claim, reviewer, assignee }) => ({
    id: claim.id,
    text: claim.text,
    status: claim.status,
    note: claim.note,
    version: claim.version,
    dismissed: claim.dismissed,
    origin: claim.origin,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    reviewedBy: reviewer,
    assignee,
    evidence: evidenceRows.filter((e) => e.claimId === claim.id).map(({ url, title, stance }) => ({ url, title, stance })),
  }));
}
