import 'server-only';
import { loadArticleView, type ArticleView } from './article-view';

/** The reader's view: anyone may see a published article; an unpublished one does not exist for them. */
export function getPublishedArticle(slug: string): ArticleView | null {
  const view = loadArticleView({ slug });
  return view?.published ? view : null;
}
