import { EMBED_SCRIPT, EMBED_VERSION } from '@/lib/embed/embed-bundle.generated';
import { strongEtag } from '@/lib/http/public-cache';

const ETAG = strongEtag(EMBED_SCRIPT);

// /embed/<version>.js: the embed script, immutable under its content-hashed name. Any other version
// (an old one, cached by a page before a deploy) is sent on to the current one.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (file !== `${EMBED_VERSION}.js`) {
    return new Response(null, { status: 302, headers: { location: `/embed/${EMBED_VERSION}.js`, 'cache-control': 'public, max-age=300, s-maxage=300' } });
  }
  return new Response(EMBED_SCRIPT, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: ETAG,
      // Loaded by publishers' pages from their own origin; `crossorigin` use (for error details) needs CORS.
      'access-control-allow-origin': '*',
    },
  });
}
