import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CLAIM_STATUSES } from '@/lib/vocabulary';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { hasRole } from '@/lib/auth/roles';
import { SOURCE_TYPE_LABELS, STATUS_LABELS } from '@/lib/claims/labels';
import { loadByIdOr404 } from '@/lib/http/page.server';
import { findMergeCandidates, getRegistrySource } from '@/lib/sources/get-registry-source.server';
import { PageSchema } from '@/lib/http/page-number';
import { BarChart } from '../../_components/bar-chart';
import { EditSourceForm, MergeSourceForm } from './registry-forms';
import { TableHead } from '@/app/_components/table-head';
import { Pager } from '@/app/_components/pager';

export const metadata: Metadata = { title: 'Source' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; articlesPage?: string; relayedPage?: string; dup?: string; merged?: string }> };

function describeChange(c: { action: string; before: unknown; after: unknown }): string {
  const before = c.before as { name?: string; type?: keyof typeof SOURCE_TYPE_LABELS; id?: number };
  const after = c.after as { name?: string; type?: keyof typeof SOURCE_TYPE_LABELS };
  if (c.action === 'merge') return `merged “${before.name}” (#${before.id}) into this source`;
  return `corrected “${before.name}” (${before.type && SOURCE_TYPE_LABELS[before.type]}) to “${after.name}” (${after.type && SOURCE_TYPE_LABELS[after.type]})`;
}

export default async function RegistrySourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor('factchecker', `/desk/sources/${id}`);
  const page = PageSchema.parse(query.page);
  const articlesPage = PageSchema.parse(query.articlesPage);
  const relayedPage = PageSchema.parse(query.relayedPage);
  const source = loadByIdOr404(id, (sourceId) => getRegistrySource(actor, sourceId, { claimsPage: page, articlesPage, relayedPage }));
  // Each pager keeps the other lists where they are.
  const pageLink = (claims: number, articles: number, relayed = relayedPage) =>
    `?${new URLSearchParams({ page: String(claims), articlesPage: String(articles), relayedPage: String(relayed) })}`;
  if (source.mergedIntoId !== null) redirect(`/desk/sources/${source.mergedIntoId}`);
  const isEditor = hasRole(actor, 'editor');
  const candidates = isEditor ? findMergeCandidates(actor, source.id, query.dup?.slice(0, 200)) : [];

  return (
    <section className="stack">
      <p>
        <Link href="/desk/sources">← Source registry</Link>
      </p>
      <h1>{source.name}</h1>
      <p className="muted">
        {SOURCE_TYPE_LABELS[source.type]} · {source.claimCount} claim{source.claimCount === 1 ? '' : 's'} in {source.articleCount} article
        {source.articleCount === 1 ? '' : 's'}
        {source.aliases.length > 1 && <> · also called {source.aliases.filter((a) => a.name !== source.name).map((a) => `“${a.name}”`).join(', ')}</>}
      </p>
      {query.merged && (
        <p role="status" className="ok">
          Merged source #{query.merged} into this one.
        </p>
      )}

      <BarChart
        title="Track record: verdicts on this source’s claims"
        total={source.claimCount}
        bars={CLAIM_STATUSES.map((s) => ({ label: `${STATUS_LABELS[s].symbol} ${STATUS_LABELS[s].label}`, value: source.trackRecord[s] }))}
      />

      <h2>Articles</h2>
      <table className="table">
        <TableHead columns={['Article', 'Outlet', 'Date', 'Claims']} />
        <tbody>
          {source.articles.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>
              </td>
              <td>{a.outlet ?? '—'}</td>
              <td>{a.publicationDate ?? '—'}</td>
              <td>{a.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager label="Article pages" page={articlesPage} hasMore={source.articlesHasMore} href={(p) => pageLink(page, p)} previous="More recent articles" next="Earlier articles" />

      <h2>Claims it made</h2>
      <ol className="claim-list" aria-label="Claims it made">
        {source.claims.map((c) => (
          <li key={c.id}>
            <span className={`badge status-${c.status}`}>
              {STATUS_LABELS[c.status].symbol} {STATUS_LABELS[c.status].label}
            </span>{' '}
            <Link href={`/desk/articles/${c.articleId}?claim=${c.id}`}>{c.text.length > 140 ? `${c.text.slice(0, 137)}…` : c.text}</Link>
            <span className="muted small"> — {c.articleTitle}</span>
          </li>
        ))}
      </ol>
      <Pager label="Claim pages" page={page} hasMore={source.claimsHasMore} href={(p) => pageLink(p, articlesPage)} previous="Newer claims" next="Older claims" />

      <h2>Claims relayed ({source.relayedCount})</h2>
      <p className="muted small">Claims other sources made that reached the article through {source.name}.</p>
      {source.relayedClaims.length === 0 ? (
        <p className="muted">No relayed claims.</p>
      ) : (
        <ol className="claim-list" aria-label="Claims relayed">
          {source.relayedClaims.map((c) => (
            <li key={c.id}>
              <span className={`badge status-${c.status}`}>
                {STATUS_LABELS[c.status].symbol} {STATUS_LABELS[c.status].label}
              </span>{' '}
              <Link href={`/desk/articles/${c.articleId}?claim=${c.id}`}>{c.text.length > 140 ? `${c.text.slice(0, 137)}…` : c.text}</Link>
              <span className="muted small">
                {' '}
                — {c.sources.join(', ')}, via {source.name} · {c.articleTitle}
              </span>
            </li>
          ))}
        </ol>
      )}
      <nav className="pager" aria-label="Relayed claim pages">
        {relayedPage > 1 && <Link href={pageLink(page, articlesPage, relayedPage - 1)}>Newer relayed claims</Link>}
        {source.relayedHasMore && <Link href={pageLink(page, articlesPage, relayedPage + 1)}>Older relayed claims</Link>}
      </nav>

      {isEditor && (
        <div className="grid-2">
          <EditSourceForm key={`${source.name}-${source.type}`} id={source.id} name={source.name} type={source.type} />
          <section className="card stack" aria-labelledby="merge-heading">
            <h2 id="merge-heading">Merge a duplicate</h2>
            <form method="get" className="row" role="search" aria-label="Find duplicates">
              <label>
                Find duplicates by name
                <input name="dup" type="search" defaultValue={query.dup ?? ''} />
              </label>
              <button type="submit" className="secondary">
                Find
              </button>
            </form>
            {candidates.length === 0 && <p className="muted">No other source with a similar name. Search by another name.</p>}
            <MergeSourceForm id={source.id} candidates={candidates} />
          </section>
        </div>
      )}

      <h2>Changes</h2>
      {source.changes.length === 0 ? (
        <p className="muted">No corrections or merges yet.</p>
      ) : (
        <ol className="history">
          {source.changes.map((c) => (
            <li key={c.id}>
              <time dateTime={c.at}>{c.at.replace('T', ' ').slice(0, 16)}</time> {c.user} {describeChange(c)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
