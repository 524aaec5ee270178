import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { STATUS_LABELS } from '@/lib/claims/labels';
import { ClaimSearchSchema } from '@/lib/claims/schemas';
import { SEARCH_CAP, SEARCH_PAGE_SIZE, searchClaims } from '@/lib/claims/search-claims.server';
import { SourceTypeSelect, StatusSelect } from '@/app/desk/_components/vocabulary-selects';
import { Highlighted } from './highlighted';
import { Pager } from '@/app/_components/pager';

export const metadata: Metadata = { title: 'Search claims' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A signed-out person following a search link comes back to the same search after signing in.
  const query = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string')).toString();
  const actor = await requirePageActor('factchecker', query ? `/desk/search?${query}` : '/desk/search');
  const parsed = ClaimSearchSchema.safeParse(raw);
  const input = parsed.success ? parsed.data : ClaimSearchSchema.parse({});
  const errors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  const result = searchClaims(actor, input);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...input, page })) if (v !== undefined && v !== '') params.set(k, String(v));
    return `/desk/search?${params}`;
  };

  return (
    <section className="stack">
      <h1>Search claims</h1>
      <form method="get" action="/desk/search" className="stack" role="search">
        <div className="field">
          <label>
            Words to find
            <input name="q" type="search" defaultValue={input.q} maxLength={500} aria-describedby="q-hint" />
          </label>
          <span className="muted small" id="q-hint">
            Every word must occur; put a phrase in &quot;double quotes&quot;.
          </span>
        </div>
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="error">
            Some filters were not understood and were ignored: {Object.keys(errors).join(', ')}.
          </p>
        )}
        <div className="grid-2">
          <label>
            Status
            <StatusSelect name="status" anyLabel="Any status" defaultValue={input.status ?? ''} />
          </label>
          <label>
            Source type
            <SourceTypeSelect name="sourceType" anyLabel="Any source" unattributed defaultValue={input.sourceType ?? ''} />
          </label>
          <label>
            Outlet
            <input name="outlet" defaultValue={input.outlet ?? ''} maxLength={200} />
          </label>
          {input.article && (
            <label>
              Article number
              <input name="article" type="number" min={1} defaultValue={input.article} />
            </label>
          )}
        </div>
        <button type="submit">Search</button>
      </form>

      {result.query === null ? (
        input.q && <p>Type some words to search for.</p>
      ) : result.results.length === 0 ? (
        <p>No claims match.</p>
      ) : (
        <section aria-label="Search results">
          {result.capped && (
            <p className="muted small">
              More than {SEARCH_CAP.toLocaleString('en')} claims match: the newest {SEARCH_CAP.toLocaleString('en')} are ranked here. Add words or a filter to reach
              older ones.
            </p>
          )}
          <ol className="search-results" start={(result.page - 1) * SEARCH_PAGE_SIZE + 1}>
            {result.results.map((hit) => (
              <li key={hit.claimId}>
                <Link href={`/desk/articles/${hit.articleId}?claim=${hit.claimId}`}>
                  <Highlighted snippet={hit.snippet} />
                </Link>{' '}
                <span className={`badge status-${hit.status}`}>
                  {STATUS_LABELS[hit.status].symbol} {STATUS_LABELS[hit.status].label}
                </span>
                {hit.orphaned && <span className="muted small"> · not in the current version</span>}
                <br />
                <span className="muted small">
                  {hit.articleTitle}
                  {hit.outlet && <> · {hit.outlet}</>} · {hit.sources.length ? hit.sources.map((s) => s.name).join(', ') : 'no source'}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <Pager label="Pages" page={result.page} hasMore={result.hasMore} href={pageHref} previous="Previous page" next="Next page" />
    </section>
  );
}
