import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { purgeCacheKeys } from '@/lib/http/cache-purge.server';
import { articleKey, registrySourceKey } from '@/lib/http/public-cache';
import { forgetAllPublishedArticles, forgetPublishedArticle } from './get-published-article.server';

/**
 * Drops the cached reader data of one article, so that its very next visitor gets it fresh, and tells
 * the shared cache (CACHE_PURGE_URL) to drop its reader page and annotations, in the background.
 * Call after any change a reader could see has committed: a review, a correction, publishing or
 * unpublishing, a new revision.
 */
export function revalidateReaderPage(article: { id: number } | { slug: string }): void {
  const slug =
    'slug' in article
      ? article.slug
      : getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, article.id)).get()?.slug;
  if (!slug) return;
  forgetPublishedArticle(slug);
  purgeCacheKeys([articleKey(slug)]);
}

/**
 * After a change to registry entries shared by many articles (a rename, a type fix, a merge: pass
 * both entries). The process's reader cache is emptied; the shared cache drops just the pages that
 * cite the entries, by their surrogate keys.
 */
export function revalidateReaderPagesCiting(registryIds: readonly number[]): void {
  forgetAllPublishedArticles();
  purgeCacheKeys(registryIds.map(registrySourceKey));
}
