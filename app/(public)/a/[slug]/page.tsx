import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublishedArticle } from '@/lib/articles/get-published-article';
import { segmentArticle } from '@/lib/articles/segments';
import { describeSource, STATUS_LABELS } from '@/lib/claims/labels';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getPublishedArticle((await params).slug);
  return article ? { title: article.title, description: `${article.claims.length} claims checked by claimdesk` } : { title: 'Not found' };
}

export default async function ReaderPage({ params }: Props) {
  const article = getPublishedArticle((await params).slug);
  if (!article) notFound();
  const claimById = new Map(article.claims.map((c) => [c.id, c]));
  const anonymousOnly = article.claims.filter((c) => c.sources.length > 0 && c.sources.every((s) => s.type === 'anonymous')).length;
  const unattributed = article.claims.filter((c) => c.sources.length === 0).length;
  const falseOrMisleading = article.claims.filter((c) => c.status === 'false' || c.status === 'misleading').length;

  return (
    <article className="reader">
      <header>
        <h1>{article.title}</h1>
        <p className="muted">{[article.outlet, article.author, article.publicationDate].filter(Boolean).join(' · ')}</p>
      </header>
      <aside className="card summary-box" aria-label="Summary">
        <p>
          <strong>{article.claims.length}</strong> claims · <strong>{anonymousOnly}</strong> rest only on anonymous sources ·{' '}
          <strong>{unattributed}</strong> name no source · <strong>{falseOrMisleading}</strong> found false or misleading
        </p>
      </aside>
      <section className="article-text" aria-label="Article">
        {segmentArticle(article.body, article.blocks, article.claims, (kind) => kind === 'body' || kind === 'heading').map((block, i) => {
          const Tag = block.kind === 'heading' ? 'h2' : 'p';
          return (
            <Tag key={i}>
              {block.segments.map((s, j) => {
                const claim = s.claimId === null ? undefined : claimById.get(s.claimId);
                if (!claim) return <span key={j}>{s.text}</span>;
                const status = STATUS_LABELS[claim.status];
                return (
                  <a key={j} href={`#note-${claim.position}`} id={`claim-${claim.position}`} className={`claim status-${claim.status}`}>
                    {s.text}
                    <sup className="claim-marker">
                      {status.symbol} {status.label}
                    </sup>
                  </a>
                );
              })}
            </Tag>
          );
        })}
      </section>
      <section aria-labelledby="claims-heading" className="footnotes">
        <h2 id="claims-heading">The claims</h2>
        <ol>
          {article.claims.map((c) => (
            <li key={c.id} id={`note-${c.position}`}>
              <a href={`#claim-${c.position}`}>Claim {c.position}</a>: <strong>{STATUS_LABELS[c.status].label}</strong>
              <p className="small">{c.text}</p>
              <p className="small">
                Source: {c.sources.length ? c.sources.map((s) => describeSource(s)).join('; ') : 'none named (the author’s own voice)'}
              </p>
              {c.note && <p className="small">Fact-checker’s note: {c.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
