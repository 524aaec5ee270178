import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { notFound } from '@/lib/errors';

/** Puts the article on its public reader page (or takes it down): editors and up. */
export function setArticlePublished(actor: Actor | null, articleId: number, published: boolean): { slug: string; published: boolean } {
  requireRole(actor, 'editor');
  const now = new Date();
  const row = getDb()
    .update(articles)
    .set({ published, publishedAt: published ? now : null, updatedAt: now })
    .where(eq(articles.id, articleId))
    .returning({ slug: articles.slug, published: articles.published })
    .get();
  if (!row) throw notFound(`Article ${articleId}`);
  return row;
}
