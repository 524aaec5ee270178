import 'server-only';
import { loadArticleView, type ArticleView } from './article-view';

/** The reader's view: anyone may see a published article; an unpublished one does not exist for them. */
export function getPublishedArticle(slug: string): ArticleView | null {
  const view = loadArticleView({ slug });
  if (!view?.published) return null;
  // Readers see the claims as the desk corrected them: no dismissed or orphaned ones.
  return { ...view, claims: view.claims.filter((c) => !c.dismissed && !c.orphaned) };
}
