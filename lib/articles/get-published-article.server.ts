import 'server-only';
import { forgetAllReaderResponses, forgetReaderResponses } from '@/lib/http/reader-fast-path';
import { loadArticleView, type ArticleView } from './article-view.server';

/** The reader's view: anyone may see a published article; an unpublished one does not exist for them. */
export function getPublishedArticle(slug: string): ArticleView | null {
  const view = loadArticleView({ slug });
  if (!view?.published) return null;
  // Readers see the claims as the desk corrected them: no dismissed or orphaned ones.
  return { ...view, claims: view.claims.filter((c) => !c.dismissed && !c.orphaned) };
}

// Slugs are what slugify() makes: anything else is not an article, and is answered without the database.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_CACHED = 500;

// One map per process, on globalThis because Next bundles the page and the route handlers that
// invalidate it separately. Loads are synchronous (better-sqlite3), so no change can land between
// a load and its store: invalidation is exact. Next's data cache was tried first and dropped, see
// docs/decisions/0003-reader-page-cache.md.
const store = ((globalThis as { claimdeskReaderCache?: Map<string, ArticleView> }).claimdeskReaderCache ??= new Map());

/** Could name an article: what slugify() makes, and not absurdly long. */
export function isPossibleSlug(slug: string): boolean {
  return slug.length <= 120 && SLUG.test(slug);
}

/**
 * getPublishedArticle through a per-process cache: a hit does no database work. Only published
 * articles are kept (so unknown slugs cannot fill it), least recently used out first.
 * The result is shared between requests: treat it as read-only.
 */
export function getCachedPublishedArticle(slug: string): ArticleView | null {
  if (!isPossibleSlug(slug)) return null;
  const hit = store.get(slug);
  if (hit) {
    store.delete(slug);
    store.set(slug, hit);
    return hit;
  }
  const article = getPublishedArticle(slug);
  if (article) {
    store.set(slug, article);
    if (store.size > MAX_CACHED) forgetPublishedArticle(store.keys().next().value!);
  }
  return article;
}

/** Drops one article from the reader cache; see revalidateReaderPage. */
export function forgetPublishedArticle(slug: string): void {
  store.delete(slug);
  forgetReaderResponses(slug);
}

/** Empties the reader cache: for changes that reach many articles at once (a registry correction). */
export function forgetAllPublishedArticles(): void {
  store.clear();
  forgetAllReaderResponses();
}
