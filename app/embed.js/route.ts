import { EMBED_VERSION } from '@/lib/embed/embed-bundle.generated';

// The one-line snippet's stable address: it sends the browser to the current version of the script,
// whose own address never changes content and is cached for a year. Kept short (5 minutes) so a new
// version reaches publishers' pages soon after a deploy.
export function GET(): Response {
  return new Response(null, {
    status: 302,
    headers: { location: `/embed/${EMBED_VERSION}.js`, 'cache-control': 'public, max-age=300, s-maxage=300' },
  });
}
