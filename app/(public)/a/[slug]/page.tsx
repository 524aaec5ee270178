import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { CLAIM_STATUSES } from '@/db/schema';
import { getCachedPublishedArticle } from '@/lib/articles/get-published-article';
import { toReaderClaim } from '@/lib/articles/reader-claim';
import { segmentArticle } from '@/lib/articles/segments';
import { summarizeClaims } from '@/lib/articles/summarize-claims';
import { STATUS_LABELS } from '@/lib/claims/labels';
import { env, publicUrl } from '@/lib/env';
import { buildClaimReviews } from '@/lib/export/claim-review';
import { serializeJsonLd } from '@/lib/export/json-ld';
import { ClaimDetails, StatusLabel } from './claim-details';
import { ClaimPopover } from './claim-popover';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getCachedPublishedArticle((await params).slug);
  if (!article) return { title: 'Not found' };
  const url = `${publicUrl()}/a/${article.slug}`;
  const s = summarizeClaims(article.claims);
  const description = `${s.total} claims checked: ${s.anonymousOnly} rest only on anonymous sources, ${s.unattributed} name no source, ${s.falseOrMisleading} found false or misleading.`;
  const siteName = env().FACTCHECK_ORG;
  return {
    title: article.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description,
      siteName,
      ...(article.publishedAt ? { modifiedTime: article.publishedAt } : {}),
      ...(article.publicationDate ? { publishedTime: article.publicationDate } : {}),
      ...(article.author ? { authors: [article.author] } : {}),
    },
    twitter: { card: 'summary', title: article.title, description },
  };
}

// Rendered per request, because proxy.ts gives every response a fresh CSP nonce that Next must put on
// its scripts (a cached page would carry a stale one). The article itself comes from the data cache:
// no database work until a writer calls revalidateReaderPage(). See docs/decisions/reader-page-cache.md.
export default async function ReaderPage({ params }: Props) {
  await connection();
  const article = await getCachedPublishedArticle((await params).slug);
  if (!article) notFound();
  const pageUrl = `${publicUrl()}/a/${article.slug}`;
  const claims = article.claims.map(toReaderClaim);
  const positionById = new Map(article.claims.map((c) => [c.id, c.position]));
  const claimByPosition = new Map(claims.map((c) => [c.position, c]));
  const summary = summarizeClaims(article.claims);
  const reviews = buildClaimReviews(article, pageUrl, env().FACTCHECK_ORG);
  const statusesShown = CLAIM_STATUSES.filter((status) => claims.some((c) => c.status === status));
  // A claim that runs over two paragraphs is cut into several runs: the first carries the anchor, the last the label.
  const lastRun = new Map<number, string>();
  const blocks = segmentArticle(article.body, article.blocks, article.claims, (kind) => kind === 'body' || kind === 'heading');
  blocks.forEach((block, i) => block.segments.forEach((s, j) => s.claimId !== null && lastRun.set(s.claimId, `${i}:${j}`)));
  const anchored = new Set<number>();

  return (
    <article className="reader">
      {reviews.length > 0 && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(reviews) }} />}
      <header>
        <h1>{article.title}</h1>
        <p className="muted">
          {[article.outlet, article.author, article.publicationDate].filter(Boolean).join(' · ')}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer">
                Original article
              </a>
            </>
          )}
        </p>
      </header>

      <aside className="card summary-box" aria-label="Summary">
        <h2 className="summary-title">What this article rests on</h2>
        <dl className="summary">
          <div>
            <dt>Claims</dt>
            <dd>{summary.total}</dd>
          </div>
          <div>
            <dt>Rest only on anonymous sources</dt>
            <dd>{summary.anonymousOnly}</dd>
          </div>
          <div>
            <dt>Name no source</dt>
            <dd>{summary.unattributed}</dd>
          </div>
          <div>
            <dt>Found false or misleading</dt>
            <dd>{summary.falseOrMisleading}</dd>
          </div>
        </dl>
      </aside>

      {statusesShown.length > 0 && (
        <section aria-labelledby="legend-heading" className="legend">
          <h2 id="legend-heading">Legend</h2>
          <p className="small muted">Select a marked passage for its sources and our fact-checkers’ findings.</p>
          <ul>
            {statusesShown.map((status) => (
              <li key={status}>
                <StatusLabel status={status} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="article-text" aria-label="Article">
        {blocks.map((block, i) => {
          const Tag = block.kind === 'heading' ? 'h2' : 'p';
          return (
            <Tag key={i}>
              {block.segments.map((s, j) => {
                const position = s.claimId === null ? undefined : positionById.get(s.claimId);
                const claim = position === undefined ? undefined : claimByPosition.get(position);
                if (!claim) return <span key={j}>{s.text}</span>;
                const first = !anchored.has(claim.position);
                anchored.add(claim.position);
                const { symbol, label } = STATUS_LABELS[claim.status];
                return (
                  <a
                    key={j}
                    href={`#note-${claim.position}`}
                    id={first ? `claim-${claim.position}` : undefined}
                    data-claim={claim.position}
                    className={`claim status-${claim.status}`}
                  >
                    {s.text}
                    {lastRun.get(s.claimId!) === `${i}:${j}` && (
                      <sup className="claim-marker" data-n={claim.position}>
                        <span aria-hidden="true">{symbol}</span> {label}
                      </sup>
                    )}
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
          {claims.map((c) => (
            <li key={c.position} id={`note-${c.position}`} value={c.position}>
              <h3>
                Claim {c.position}: <StatusLabel status={c.status} />
              </h3>
              <blockquote>{c.text}</blockquote>
              <ClaimDetails claim={c} />
              <a href={`#claim-${c.position}`} className="small">
                Back to claim {c.position} in the text
              </a>
            </li>
          ))}
        </ol>
      </section>

      <ClaimPopover claims={claims} pageUrl={pageUrl} />
    </article>
  );
}
