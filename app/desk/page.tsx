import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticles } from '@/lib/articles/list-articles.server';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { PageSchema } from '@/lib/http/page-number';
import { TableHead } from '@/app/_components/table-head';
import { Pager } from '@/app/_components/pager';

export const metadata: Metadata = { title: 'Desk' };

export default async function DeskPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor('factchecker', '/desk');
  const page = PageSchema.parse((await searchParams).page);
  const { articles, hasMore } = listArticles(actor, page);
  return (
    <section>
      <div className="row spread">
        <h1>Articles</h1>
        <Link className="button" href="/desk/import">
          Import an article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p>No articles yet. Import one to start.</p>
      ) : (
        <table className="table">
          <TableHead columns={['Title', 'Outlet', 'Date', 'Claims', 'Reviewed', 'Published']} />
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet ?? '—'}</td>
                <td>{a.publicationDate ?? '—'}</td>
                <td>{a.claimCount}</td>
                <td>
                  {a.reviewedCount} of {a.claimCount}
                </td>
                <td>{a.published ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager label="Pages" page={page} hasMore={hasMore} href={(p) => `/desk?page=${p}`} previous="Newer" next="Older" />
    </section>
  );
}
