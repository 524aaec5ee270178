import 'server-only';
import { eq } from 'drizzle-orm';
import { revalidateTag } from 'next/cache';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { readerArticleTag } from './get-published-article';

/**
 * Drops the cached reader data of one article, so that its next visitor gets it fresh.
 * Call after any change a reader could see: a review, a correction, publishing, a new revision.
 */
export function revalidateReaderPage(article: { id: number } | { slug: string }): void {
  const slug =
    'slug' in article
      ? article.slug
      : getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, article.id)).get()?.slug;
  // expire 0: the next reader waits for fresh data rather than being served the stale review.
  if (slug) revalidateTag(readerArticleTag(slug), { expire: 0 });
}
