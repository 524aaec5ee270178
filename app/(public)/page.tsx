import Link from 'next/link';
import { listPublishedArticles } from '@/lib/articles/list-articles.server';
import { PageSchema } from '@/lib/http/page-number';
import { Pager } from '@/app/_components/pager';

export const dynamic = 'force-dynamic';

// Reader pages are links, not <Link>s: they are served by a route handler outside the App Router.
export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { articles: published, page, hasMore } = listPublishedArticles(PageSchema.parse((await searchParams).page));
  return (
    <section>
      <h1>Fact-checked articles</h1>
      <p className="lede">Every claim marked in place, with what it rests on and what our fact-checkers found.</p>
      {published.length === 0 ? (
        <p>Nothing has been published yet.</p>
      ) : (
        <ul className="article-list">
          {published.map((a) => (
            <li key={a.slug}>
              <a href={`/a/${a.slug}`}>{a.title}</a>
              {a.outlet && <span className="muted"> · {a.outlet}</span>}
            </li>
          ))}
        </ul>
      )}
      <Pager label="Article pages" page={page} hasMore={hasMore} href={(p) => `/?page=${p}`} previous="Newer articles" next="Older articles" />
    </section>
  );
}
