import 'server-only';
import { cache } from 'react';
import { loadArticleView, type ArticleView } from './article-view';

/**
 * The reader's view: anyone may see a published article; an unpublished one does not exist for them.
 * Dismissed claims are left out. Cached per request so that metadata and page share one load.
 */
export const getPublishedArticle = cache((slug: string): ArticleView | null => {
  const view = loadArticleView({ slug });
  if (!view?.published) return null;
  return { ...view, claims: view.claims.filter((c) => !c.dismissed) };
});
