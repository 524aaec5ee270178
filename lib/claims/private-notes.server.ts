import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimNotes, claims, users } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { notFound } from '@/lib/errors';
import type { PrivateNoteInput } from './schemas';

/** A team-only note on a claim, with who wrote it and when. */
export interface PrivateNote {
  id: number;
  text: string;
  author: string;
  at: string;
}

/**
 * Adds a private note to a claim. Notes are added, never edited in place, so two people writing at
 * once both keep theirs: no version check, and the claim itself (and its history) does not change.
 */
export function addPrivateNote(actor: Actor | null, claimId: number, input: PrivateNoteInput): PrivateNote & { articleId: number } {
  const user = requireRole(actor, 'factchecker');
  const db = getDb();
  return db.transaction(
    (tx) => {
      const claim = tx.select({ articleId: claims.articleId }).from(claims).where(eq(claims.id, claimId)).get();
      if (!claim) throw notFound(`Claim ${claimId}`);
      const row = tx.insert(claimNotes).values({ claimId, userId: user.id, text: input.text }).returning().get();
      return { id: row.id, text: row.text, author: user.name, at: row.createdAt.toISOString(), articleId: claim.articleId };
    },
    { behavior: 'immediate' },
  );
}

/** A claim's private notes, oldest first: for the desk only. */
export function listPrivateNotes(actor: Actor | null, claimId: number): PrivateNote[] {
  requireRole(actor, 'factchecker');
  return getDb()
    .select({ id: claimNotes.id, text: claimNotes.text, author: users.name, at: claimNotes.createdAt })
    .from(claimNotes)
    .innerJoin(users, eq(users.id, claimNotes.userId))
    .where(eq(claimNotes.claimId, claimId))
    .orderBy(asc(claimNotes.id))
    .all()
    .map((n) => ({ ...n, at: n.at.toISOString() }));
}
