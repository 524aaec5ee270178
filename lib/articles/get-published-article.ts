import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { loadArticleView, type ArticleView } from './article-view';

/** The reader's view: anyone may see a published article; an unpublished one does not exist for them. */
export function getPublishedArticle(slug: string): ArticleView | null {
  const view = loadArticleView({ slug });
  if (!view?.published) return null;
  // Readers see the claims as the desk corrected them: no dismissed or orphaned ones.
  return { ...view, claims: view.claims.filter((c) => !c.dismissed && !c.orphaned) };
}

/** The cache tag of one article's reader data; `revalidateReaderPage` expires it. */
export function readerArticleTag(slug: string): string {
  return `reader-article:${slug}`;
}

// Slugs are what slugify() makes: anything else is not an article, and is answered without the database.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class NotPublished extends Error {}

/**
 * getPublishedArticle through Next's data cache: a hit does no database work. Only published
 * articles are stored (a miss throws, and thrown results are not cached), so requests for unknown
 * slugs cannot fill the cache. Deduplicated per request for the page and its metadata.
 */
export const getCachedPublishedArticle = cache(async (slug: string): Promise<ArticleView | null> => {
  if (slug.length > 120 || !SLUG.test(slug)) return null;
  try {
    return await unstable_cache(
      async () => {
        const article = getPublishedArticle(slug);
        if (!article) throw new NotPublished(slug);
        return article;
      },
      ['published-article', slug],
      { tags: [readerArticleTag(slug)] },
    )();
  } catch (error) {
    if (error instanceof NotPublished) return null;
    throw error;
  }
});
