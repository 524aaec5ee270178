import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleFigures, articles } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { pageOf, pageWindow } from '@/lib/paging';

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publicationDate: string | null;
  published: boolean;
  createdAt: string;
  claimCount: number;
  reviewedCount: number;
}

export const ARTICLES_PAGE_SIZE = 50;

/** Newest first, one page at a time. */
export function listArticles(actor: Actor | null, page = 1): { articles: ArticleSummary[]; page: number; hasMore: boolean } {
  requireRole(actor, 'factchecker');
  const { limit, offset } = pageWindow(page, ARTICLES_PAGE_SIZE);
  const fetched = getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      outlet: articles.outlet,
      author: articles.author,
      publicationDate: articles.publicationDate,
      published: articles.published,
      createdAt: articles.createdAt,
      // Kept by triggers (docs/decisions/0005-precomputed-figures.md): no claims are counted per row.
      claimCount: articleFigures.claims,
      reviewedCount: articleFigures.reviewed,
    })
    .from(articles)
    .innerJoin(articleFigures, eq(articleFigures.articleId, articles.id))
    .orderBy(desc(articles.createdAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
    .all();
  const { rows, hasMore } = pageOf(fetched, ARTICLES_PAGE_SIZE);
  return { page, hasMore, articles: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}

/** Published articles for the public front page, most recently published first, one page at a time. */
export function listPublishedArticles(page = 1): { articles: { slug: string; title: string; outlet: string | null; publishedAt: string | null }[]; page: number; hasMore: boolean } {
  const { limit, offset } = pageWindow(page, ARTICLES_PAGE_SIZE);
  const fetched = getDb()
    .select({ slug: articles.slug, title: articles.title, outlet: articles.outlet, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.published, true))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
    .all();
  const { rows, hasMore } = pageOf(fetched, ARTICLES_PAGE_SIZE);
  return { page, hasMore, articles: rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null })) };
}
