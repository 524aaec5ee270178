import { getCachedPublishedArticle } from '@/lib/articles/get-published-article.server';
import { cacheableResponse, notFoundResponse } from '@/lib/http/public-cache';
import { articleAnnotations } from '../annotations.server';
import { notFoundKeys } from '../reader-page.server';

// Read by publishers' pages (public/embed.js) from any origin: public data, no credentials, so `*`.
const CORS = { 'access-control-allow-origin': '*' };

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const article = getCachedPublishedArticle(slug);
  if (!article) return notFoundResponse(JSON.stringify({ error: 'Not found' }), 'application/json', notFoundKeys(slug), CORS);
  const annotations = articleAnnotations(article);
  return cacheableResponse(request, {
    body: annotations.json,
    etag: annotations.etag,
    contentType: 'application/json',
    keys: annotations.keys,
    headers: CORS,
  }, `/a/${slug}/annotations.json`);
}
