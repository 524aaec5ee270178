// The reader fast path: public reader responses (/a/<slug>, its annotations.json) that the app has
// already rendered, answered by the HTTP server itself (lib/cli/serve.ts) before the request reaches
// Next. Next's routing, proxy and handler layers cost about twenty times the work of sending the bytes;
// for the most read pages that is the whole difference (figures in README, "Serving readers").
//
// Filled by the route handlers, in the same synchronous turn as they read the reader cache, so an entry
// is always the response for the article the reader cache holds; emptied with it (get-published-article.server.ts).
// Only 200 answers for published articles are kept, so its size is bounded by the reader cache's.
// No `server-only` here: the custom server imports this module outside Next's bundles. Both share
// the one map through globalThis.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers';

export interface StoredResponse {
  body: Buffer;
  etag: string;
  /** Every header but the security headers, which are added on the way out. */
  headers: Record<string, string>;
}

const store = ((globalThis as { claimdeskReaderResponses?: Map<string, StoredResponse> }).claimdeskReaderResponses ??= new Map());

export function readerResponsePaths(slug: string): string[] {
  return [`/a/${slug}`, `/a/${slug}/annotations.json`];
}

export function rememberReaderResponse(path: string, response: StoredResponse): void {
  store.set(path, response);
}

export function storedReaderResponseEtag(path: string): string | undefined {
  return store.get(path)?.etag;
}

export function forgetReaderResponses(slug: string): void {
  for (const path of readerResponsePaths(slug)) store.delete(path);
}

export function forgetAllReaderResponses(): void {
  store.clear();
}

/** Answers a GET or HEAD for a stored reader response; false when the request must go to Next. */
export function serveStoredReaderResponse(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  // Any query string, or a request for Next's own data, goes the long way.
  const url = request.url ?? '';
  if (!url.startsWith('/a/') || url.includes('?') || request.headers.rsc !== undefined) return false;
  const stored = store.get(url);
  if (!stored) return false;
  const headers = { ...SECURITY_HEADERS, ...stored.headers, etag: stored.etag };
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === stored.etag)) {
    response.writeHead(304, headers).end();
    return true;
  }
  response.writeHead(200, { ...headers, 'content-length': String(stored.body.length) });
  response.end(request.method === 'HEAD' ? undefined : stored.body);
  return true;
}
