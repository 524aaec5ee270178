import 'server-only';
import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';

/**
 * Drops the cached reader page of one article, so that its next visitor gets a fresh render.
 * Call after any change a reader could see: a review, publishing, a new revision of the text.
 */
export function revalidateReaderPage(article: { id: number } | { slug: string }): void {
  const slug =
    'slug' in article
      ? article.slug
      : getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, article.id)).get()?.slug;
  // A literal URL path: it matches whatever route group the page file lives in.
  if (slug) revalidatePath(`/a/${slug}`);
}
