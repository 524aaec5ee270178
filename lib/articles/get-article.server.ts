import 'server-only';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { notFound } from '@/lib/errors';
import { loadArticleView, type ArticleView } from './article-view.server';

/** The desk's view of any article, published or not: fact-checkers and up. */
export function getArticle(actor: Actor | null, articleId: number): ArticleView {
  requireRole(actor, 'factchecker');
  const view = loadArticleView({ id: articleId });
  if (!view) throw notFound(`Article ${articleId}`);
  return view;
}
