import { getCachedPublishedArticle } from '@/lib/articles/get-published-article';
import { notFoundPage, readerPage } from './reader-page';

// A route handler rather than a page: see reader-page.ts. No cookies are read, so a reader's request
// does no session lookup; the article comes from the reader cache (no database work on a hit).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  // proxy.ts puts this request's CSP nonce here; the page's one inline script and style carry it.
  const nonce = request.headers.get('x-nonce') ?? '';
  const article = getCachedPublishedArticle((await params).slug);
  const page = article ? readerPage(article) : notFoundPage();
  return new Response(page(nonce), {
    status: article ? 200 : 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // The HTML carries a per-request nonce: no shared cache may keep it, and a browser must ask again.
      'cache-control': 'private, no-cache',
    },
  });
}
