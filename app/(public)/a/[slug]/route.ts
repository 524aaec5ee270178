import { getCachedPublishedArticle } from '@/lib/articles/get-published-article.server';
import { cacheableResponse, notFoundResponse } from '@/lib/http/public-cache';
import { notFoundKeys, notFoundPage, readerPage } from './reader-page.server';

// A route handler rather than a page: see reader-page.server.ts. No cookies are read, so a reader's request
// does no session lookup; the article comes from the reader cache (no database work on a hit), and the
// page from its render cache. Every reader gets the same bytes, so shared caches may keep them:
// see docs/decisions/0011-reader-page-http-cache.md.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const article = getCachedPublishedArticle(slug);
  if (!article) {
    const page = notFoundPage();
    return notFoundResponse(page.html, 'text/html; charset=utf-8', notFoundKeys(slug), { 'content-security-policy': page.contentSecurityPolicy });
  }
  const page = readerPage(article);
  return cacheableResponse(request, {
    body: page.html,
    etag: page.etag,
    contentType: 'text/html; charset=utf-8',
    keys: page.keys,
    headers: { 'content-security-policy': page.contentSecurityPolicy },
  }, `/a/${slug}`);
}
