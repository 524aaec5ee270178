import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle } from '@/lib/articles/get-article';
import { segmentArticle } from '@/lib/articles/segments';
import { requirePageActor } from '@/lib/auth/current-actor';
import { hasRole } from '@/lib/auth/roles';
import { getClaimHistory } from '@/lib/claims/get-claim-history';
import { SOURCE_TYPE_LABELS, STATUS_LABELS } from '@/lib/claims/labels';
import { AppError } from '@/lib/errors';
import { PublishControl } from './publish-control';
import { ReviewForm } from './review-form';

export const metadata: Metadata = { title: 'Review' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('factchecker', `/desk/articles/${id}`);
  const articleId = Number(id);
  if (!Number.isSafeInteger(articleId) || articleId <= 0) notFound();
  let article;
  try {
    article = getArticle(actor, articleId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
  const selectedId = Number((await searchParams).claim) || article.claims[0]?.id;
  const selected = article.claims.find((c) => c.id === selectedId) ?? null;
  const history = selected ? getClaimHistory(actor, selected.id) : [];
  const claimById = new Map(article.claims.map((c) => [c.id, c]));
  const reviewed = article.claims.filter((c) => c.status !== 'unreviewed' && c.status !== 'in_progress').length;
  const isEditor = hasRole(actor, 'editor');

  return (
    <article className="workspace">
      <header className="workspace-head">
        <h1>{article.title}</h1>
        <p className="muted">
          {[article.outlet, article.author, article.publicationDate].filter(Boolean).join(' · ')}
          {article.published && (
            <>
              {' · '}
              <Link href={`/a/${article.slug}`}>Published reader page</Link>
            </>
          )}
        </p>
        <div className="row">
          <label className="progress-label">
            Reviewed {reviewed} of {article.claims.length}
            <progress value={reviewed} max={Math.max(1, article.claims.length)} />
          </label>
          {isEditor && (
            <>
              <Link href={`/desk/articles/${article.id}/report`}>Sourcing report</Link>
              <PublishControl key={String(article.published)} articleId={article.id} published={article.published} slug={article.slug} />
            </>
          )}
        </div>
      </header>

      <div className="workspace-grid">
        <section aria-label="Article text" className="article-text">
          {segmentArticle(article.body, article.blocks, article.claims).map((block, i) => {
            const Tag = block.kind === 'heading' ? 'h2' : 'p';
            return (
              <Tag key={i} className={`block block-${block.kind}`}>
                {block.segments.map((s, j) => {
                  const claim = s.claimId === null ? undefined : claimById.get(s.claimId);
                  if (!claim) return <span key={j}>{s.text}</span>;
                  return (
                    <Link
                      key={j}
                      href={`?claim=${claim.id}`}
                      scroll={false}
                      className={`claim status-${claim.status}${claim.id === selected?.id ? ' selected' : ''}`}
                      aria-current={claim.id === selected?.id ? 'true' : undefined}
                      aria-label={`Claim ${claim.position}, ${STATUS_LABELS[claim.status].label}`}
                    >
                      {s.text}
                    </Link>
                  );
                })}
              </Tag>
            );
          })}
        </section>

        <aside className="claim-side">
          {selected && (
            <section className="card claim-panel" aria-label={`Claim ${selected.position}`}>
              <h2>Claim {selected.position}</h2>
              <blockquote>{selected.text}</blockquote>
              <p className="muted">
                {STATUS_LABELS[selected.status].symbol} {STATUS_LABELS[selected.status].label} · check-worthiness{' '}
                {selected.checkworthiness.toFixed(2)}
                {selected.duplicateOfPosition !== null && <> · repeats claim {selected.duplicateOfPosition}</>}
              </p>
              <h3>Sources</h3>
              {selected.sources.length === 0 ? (
                <p>
                  <strong>No source</strong>: the author&apos;s own voice.
                  {selected.vagueAttribution && <> Vague attribution: “{selected.vagueAttribution}”.</>}
                </p>
              ) : (
                <ul className="sources">
                  {selected.sources.map((s, i) => (
                    <li key={i}>
                      <strong>{s.name}</strong> <span className={`tag type-${s.type}`}>{SOURCE_TYPE_LABELS[s.type]}</span>
                      <dl className="facts">
                        <dt>Cue</dt>
                        <dd>{s.cue ?? '—'}</dd>
                        <dt>Via</dt>
                        <dd>{s.via ? `${s.via.name} (${SOURCE_TYPE_LABELS[s.via.type]})` : '—'}</dd>
                        <dt>Mention</dt>
                        <dd>{s.mention ? `“${s.mention.text}”` : '—'}</dd>
                        <dt>Why</dt>
                        <dd>{s.explanation || s.rule}</dd>
                      </dl>
                    </li>
                  ))}
                </ul>
              )}
              {selected.explanation && <p className="muted small">Why this is a claim: {selected.explanation}</p>}
              <ReviewForm key={selected.id} claimId={selected.id} status={selected.status} note={selected.note} version={selected.version} />
              <h3>History</h3>
              {history.length === 0 ? (
                <p className="muted">No changes yet.</p>
              ) : (
                <ol className="history">
                  {history.map((h) => (
                    <li key={h.id}>
                      <time dateTime={h.at}>{h.at.replace('T', ' ').slice(0, 16)}</time> {h.user} changed {h.field} from “{String(h.before ?? '')}” to “
                      {String(h.after ?? '')}”
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
          <section aria-label="Claims">
            <h2>Claims ({article.claims.length})</h2>
            <ol className="claim-list">
              {article.claims.map((c) => (
                <li key={c.id} className={c.id === selected?.id ? 'selected' : undefined}>
                  <Link href={`?claim=${c.id}`} scroll={false} aria-current={c.id === selected?.id ? 'true' : undefined}>
                    <span className={`badge status-${c.status}`}>
                      {STATUS_LABELS[c.status].symbol} {STATUS_LABELS[c.status].label}
                    </span>{' '}
                    {c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text}
                    <span className="muted small">
                      {' '}
                      — {c.sources.length ? c.sources.map((s) => s.name).join(', ') : 'no source'}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </article>
  );
}
