import type { Metadata } from 'next';
import Link from 'next/link';
import { SOURCE_TYPES } from '@/lib/vocabulary';
import { requirePageActor } from '@/lib/auth/current-actor';
import { SOURCE_TYPE_LABELS } from '@/lib/claims/labels';
import { listRegistrySources } from '@/lib/sources/list-registry-sources';
import { RegistryQuerySchema } from '@/lib/sources/schemas';

export const metadata: Metadata = { title: 'Source registry' };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('factchecker', '/desk/sources');
  const query = RegistryQuerySchema.parse(await searchParams);
  const { sources, hasMore } = listRegistrySources(actor, query);
  const pageLink = (page: number) => `?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.type ? { type: query.type } : {}), page: String(page) })}`;

  return (
    <section>
      <h1>Source registry</h1>
      <p className="muted">Every source the desk has met, across articles, with the verdicts on what it said.</p>
      <form method="get" className="filters" role="search" aria-label="Filter sources">
        <label>
          Name
          <input name="q" type="search" defaultValue={query.q ?? ''} />
        </label>
        <label>
          Type
          <select name="type" defaultValue={query.type ?? ''}>
            <option value="">All types</option>
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {SOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      {sources.length === 0 ? (
        <p>No sources match.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Type</th>
              <th scope="col">Articles</th>
              <th scope="col">Claims</th>
              <th scope="col">Claims relayed</th>
              <th scope="col">Rated true or mostly true</th>
              <th scope="col">Rated misleading, unsupported or false</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/desk/sources/${s.id}`}>{s.name}</Link>
                </td>
                <td>{SOURCE_TYPE_LABELS[s.type]}</td>
                <td>{s.articleCount}</td>
                <td>{s.claimCount}</td>
                <td>{s.relayedCount}</td>
                <td>{s.ratedTrue}</td>
                <td>{s.ratedFalse}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="Pages">
        {query.page > 1 && <Link href={pageLink(query.page - 1)}>Previous</Link>}
        {hasMore && <Link href={pageLink(query.page + 1)}>Next</Link>}
      </nav>
    </section>
  );
}
