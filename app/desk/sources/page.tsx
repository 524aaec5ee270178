import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { SOURCE_TYPE_LABELS } from '@/lib/claims/labels';
import { listRegistrySources } from '@/lib/sources/list-registry-sources.server';
import { RegistryQuerySchema } from '@/lib/sources/schemas';
import { TableHead } from '@/app/_components/table-head';
import { Pager } from '@/app/_components/pager';
import { SourceTypeSelect } from '@/app/desk/_components/vocabulary-selects';

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
          <SourceTypeSelect name="type" anyLabel="All types" defaultValue={query.type ?? ''} />
        </label>
        <button type="submit">Filter</button>
      </form>
      {sources.length === 0 ? (
        <p>No sources match.</p>
      ) : (
        <table className="table">
          <TableHead columns={['Source', 'Type', 'Articles', 'Claims', 'Claims relayed', 'Rated true or mostly true', 'Rated misleading, unsupported or false']} />
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
      <Pager label="Pages" page={query.page} hasMore={hasMore} href={pageLink} />
    </section>
  );
}
