import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';

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
  const rows = getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      outlet: articles.outlet,
      author: articles.author,
      publicationDate: articles.publicationDate,
      published: articles.published,
      createdAt: articles.createdAt,
      // Spelled out in full: inside a select list drizzle leaves column names unqualified, and an
      // unqualified "id" in the subquery would mean claims.id.
      claimCount: sql<number>`(select count(*) from "claims" c where c."article_id" = "articles"."id" and not c."dismissed" and not c."orphaned")`,
      reviewedCount: sql<number>`(select count(*) from "claims" c where c."article_id" = "articles"."id" and not c."dismissed" and not c."orphaned" and c."status" not in ('unreviewed', 'in_progress'))`,
    })
    .from(articles)
    .orderBy(desc(articles.createdAt), desc(articles.id))
    .limit(ARTICLES_PAGE_SIZE + 1)
    .offset((page - 1) * ARTICLES_PAGE_SIZE)
    .all();
  return {
    page,
    hasMore: rows.length > ARTICLES_PAGE_SIZE,
    articles: rows.slice(0, ARTICLES_PAGE_SIZE).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

/** Published articles for the public front page. */
export function listPublishedArticles(): { slug: string; title: string; outlet: string | null; publishedAt: string | null }[] {
  return getDb()
    .select({ slug: articles.slug, title: articles.title, outlet: articles.outlet, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.published, true))
    .orderBy(desc(articles.publishedAt))
    .limit(ARTICLES_PAGE_SIZE)
    .all()
    .map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null }));
}
