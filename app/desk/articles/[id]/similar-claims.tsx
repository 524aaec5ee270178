import Link from 'next/link';
import { getCurrentActor } from '@/lib/auth/current-actor.server';
import { findSimilarReviewedClaims } from '@/lib/claims/find-similar-reviewed-claims.server';
import { STATUS_LABELS } from '@/lib/claims/labels';

/** Claims in other articles that say much the same and already have a verdict: work to reuse. */
export async function SimilarClaims({ claimId }: { claimId: number }) {
  const similar = findSimilarReviewedClaims(await getCurrentActor(), claimId);
  return (
    // Labelled without the word "claims", so that the workspace's "Claims" region stays the only one by that name.
    <section aria-labelledby="similar-heading">
      <h3 id="similar-heading">Reviewed elsewhere</h3>
      {similar.length === 0 ? (
        <p className="muted">None in other articles.</p>
      ) : (
        <ul className="similar-claims">
          {similar.map((s) => (
            <li key={s.claimId}>
              <span className={`badge status-${s.status}`}>
                {STATUS_LABELS[s.status].symbol} {STATUS_LABELS[s.status].label}
              </span>{' '}
              <Link href={`/desk/articles/${s.articleId}?claim=${s.claimId}`}>{s.text}</Link>
              <span className="muted small">
                {' '}
                — {s.articleTitle}
                {s.outlet && <>, {s.outlet}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
