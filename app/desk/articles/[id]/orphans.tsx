import { listOrphanedClaims } from '@/lib/articles/list-orphaned-claims.server';
import { getCurrentActor } from '@/lib/auth/current-actor.server';
import { STATUS_LABELS } from '@/lib/claims/labels';

/**
 * Reviewed claims that a re-import could not find in the current text, with their reviews, so
 * that no verdict is lost silently. Renders nothing when there are none.
 */
export async function OrphanedClaims({ articleId }: { articleId: number }) {
  const orphans = listOrphanedClaims(await getCurrentActor(), articleId);
  if (orphans.length === 0) return null;
  return (
    // Labelled without the word "claims", so that the workspace's "Claims" region stays the only one by that name.
    <section className="card orphans" aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">Orphaned reviews ({orphans.length})</h2>
      <p className="muted small">These reviewed claims are not in the article&apos;s current text. Their reviews are kept here.</p>
      <ul className="orphan-list">
        {orphans.map((o) => (
          <li key={o.id}>
            <blockquote>{o.text}</blockquote>
            <p>
              <span className={`badge status-${o.status}`}>
                {STATUS_LABELS[o.status].symbol} {STATUS_LABELS[o.status].label}
              </span>
              {o.dismissed && <> · dismissed</>}
              {o.origin === 'manual' && <> · added by hand</>}
              {o.reviewedBy && (
                <span className="muted small">
                  {' '}
                  · {o.reviewedBy}
                  {o.reviewedAt && <>, {o.reviewedAt.slice(0, 10)}</>}
                </span>
              )}
              {o.assignee && <span className="muted small"> · assigned to {o.assignee}</span>}
            </p>
            {o.note && <p>Note: {o.note}</p>}
            {o.evidence.length > 0 && (
              <ul className="evidence">
                {o.evidence.map((e, i) => (
                  <li key={i}>
                    {e.stance}:{' '}
                    <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                      {e.title}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
