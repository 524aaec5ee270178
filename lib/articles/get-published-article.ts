import 'server-only';
import { cache } from 'react';
import { loadArticleView, type ArticleView } from './article-view';

/**
 * The reader's view: anyone may see a published article; an unpublished one does not exist for them.
 * Cached per request so that the page and its metadata share one load.
 */
export const getPublishedArticle = cache((slug: string): ArticleView | null => {
  const view = loadArticleView({ slug });
  if (!view?.published) return null;
  // Readers see the claims as the desk corrected them: no dismissed or orphaned ones.
  return { ...view, claims: view.claims.filter((c) => !c.dismissed && !c.orphaned) };
});
