// Headers for the public responses a shared cache (Varnish, a CDN) may keep: the reader page and its
// annotations. See docs/decisions/0011-reader-page-http-cache.md for the figures chosen here.
import { createHash } from 'node:crypto';
import { rememberReaderResponse, storedReaderResponseEtag } from './reader-fast-path';

/**
 * Browsers keep a page a minute; shared caches keep it until claimdesk purges it (lib/http/cache-purge.server.ts),
 * and may serve it a minute stale while they fetch a fresh copy.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, s-maxage=31536000, stale-while-revalidate=60';
/** Unknown and unpublished slugs: short, so a typo'd link does not stay broken; publishing purges it anyway. */
export const NOT_FOUND_CACHE_CONTROL = 'public, max-age=10, s-maxage=10';

/** The key every reader response carries, for a purge of them all. */
export const ALL_READER_RESPONSES_KEY = 'reader';

/** Cache keys are sent as space-separated header values: only these characters, so no key can split or inject. */
const KEY = /^[a-z0-9-]+$/;

export function articleKey(slug: string): string {
  return checkedKey(`article-${slug}`);
}

/** A registry entry: a correction or merge of it changes every page that cites it. */
export function registrySourceKey(registryId: number): string {
  return checkedKey(`source-${registryId}`);
}

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a cache key: ${JSON.stringify(key)}`);
  return key;
}

/** Strong validator: the body's own hash, so identical bytes always carry the same tag and any change a new one. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** `'sha256-…'` for a CSP source list: the inline script's or style's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** If-None-Match names this tag (or `*`). Compared weakly, as RFC 9110 §13.1.2 requires for this header. */
export function matchesIfNoneMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export interface CacheableBody {
  body: string;
  etag: string;
  contentType: string;
  /** Surrogate keys: a purge of any of them drops this response from shared caches. */
  keys: readonly string[];
  /** Further headers the body needs (its CSP, CORS). */
  headers?: Record<string, string>;
}

/**
 * 200 with the body, or 304 when the request already holds this version. HEAD gets the headers only.
 * `fastPath`: the request path under which the server may answer this response itself from now on
 * (lib/http/reader-fast-path.ts); call in the same synchronous turn as the read that produced `page`.
 */
export function cacheableResponse(request: Request, page: CacheableBody, fastPath?: string): Response {
  const headers = {
    ...page.headers,
    'content-type': page.contentType,
    'cache-control': PUBLIC_CACHE_CONTROL,
    etag: page.etag,
    ...surrogateKeyHeaders(page.keys),
  };
  if (fastPath && storedReaderResponseEtag(fastPath) !== page.etag) {
    rememberReaderResponse(fastPath, { body: Buffer.from(page.body), etag: page.etag, headers });
  }
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), page.etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : page.body, { status: 200, headers });
}

/** 404 for a slug with no published article, tagged with its key so that publishing it purges this answer too. */
export function notFoundResponse(body: string, contentType: string, keys: readonly string[], headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status: 404,
    headers: { ...headers, 'content-type': contentType, 'cache-control': NOT_FOUND_CACHE_CONTROL, ...surrogateKeyHeaders(keys) },
  });
}

/** Fastly and Varnish (xkey) read Surrogate-Key, space-separated; Cloudflare reads Cache-Tag, comma-separated. */
export function surrogateKeyHeaders(keys: readonly string[]): Record<string, string> {
  const all = [...new Set([ALL_READER_RESPONSES_KEY, ...keys])];
  return { 'surrogate-key': all.join(' '), 'cache-tag': all.join(',') };
}
