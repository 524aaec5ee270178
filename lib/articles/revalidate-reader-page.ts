import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { forgetAllPublishedArticles, forgetPublishedArticle } from './get-published-article';

/**
 * Drops the cached reader data of one article, so that its very next visitor gets it fresh.
 * Call after any change a reader could see: a review, a correction, publishing, a new revision.
 */
export function revalidateReaderPage(article: { id: number } | { slug: string }): void {
  const slug =
    'slug' in article
      ? article.slug
      : getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, article.id)).get()?.slug;
  if (slug) forgetPublishedArticle(slug);
}

/** After a change to sources shared by many articles (registry renames, type fixes, merges). */
export function revalidateAllReaderPages(): void {
  forgetAllPublishedArticles();
}
