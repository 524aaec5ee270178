import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { CLAIM_STATUSES, claims } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { notFound } from '@/lib/errors';
import { searchFts, withSources, type ClaimSearchHit } from './search-claims.server';
import { salientTerms, termSimilarity, toFtsQuery } from './search-query';

export interface SimilarClaim extends ClaimSearchHit {
  /** Share of salient words the two claims have in common, 0..1. */
  similarity: number;
}

/** Below this share of salient words in common, two claims are about different things. */
export const MIN_SIMILARITY = 0.3;
// bm25 ranks by rare shared words; the similarity floor then drops matches on one common word.
// Fetching a few times the limit leaves enough after that filter.
const CANDIDATES_PER_RESULT = 4;
// Reviewed claims sharing a word, newest first, that are ranked: a claim's salient words are many
// and any one is enough to match, so the matches run into the tens of thousands.
export const SIMILAR_CAP = 1000;
const VERDICTS = CLAIM_STATUSES.filter((s) => s !== 'unreviewed' && s !== 'in_progress');

/**
 * Claims in other articles that say much the same thing and already have a verdict, most similar
 * first: a fact-checker can reuse the work. Dismissed and orphaned claims are left out. Candidates
 * are the best bm25 matches among the newest SIMILAR_CAP reviewed claims sharing a salient word.
 */
export function findSimilarReviewedClaims(actor: Actor | null, claimId: number, limit = 5): SimilarClaim[] {
  requireRole(actor, 'factchecker');
  const db = getDb();
  const claim = db.select({ articleId: claims.articleId, text: claims.text }).from(claims).where(eq(claims.id, claimId)).get();
  if (!claim) throw notFound(`Claim ${claimId}`);
  const terms = salientTerms(claim.text);
  const match = toFtsQuery(terms.join(' '), { mode: 'any' });
  if (!match) return [];

  const { rows } = searchFts(
    match,
    [
      { perRow: sql`c.article_id <> ${claim.articleId}` },
      // Checked per match, not listed first: about a third of all claims have a verdict, so most
      // matches pass, and listing 90,000 verdicts cost more than the lookups (measured at archive scale).
      { perRow: sql`c.status in ${VERDICTS}` },
      { perRow: sql`c.dismissed = 0 and c.orphaned = 0` },
    ],
    limit * CANDIDATES_PER_RESULT,
    // The workspace shows a similar claim's whole text: no snippets.
    { cap: SIMILAR_CAP, snippets: false },
  );
  const similar = rows
    .map((row) => ({ row, similarity: termSimilarity(terms, salientTerms(row.text)) }))
    .filter((s) => s.similarity >= MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
  const hits = withSources(similar.map((s) => s.row));
  return hits.map((hit, i) => ({ ...hit, similarity: Math.round(similar[i].similarity * 100) / 100 }));
}
