// Runs in proxy.ts, before Next: no server-only imports, no database.

/**
 * True for a server-action request that Next itself would refuse as cross-site (CSRF): one that
 * names an Origin whose host is neither the forwarded host nor the Host. Next answers those with a
 * 500 (an "error"); the proxy answers 403 instead. The rule mirrors Next 16's own check
 * (next/dist/server/app-render/action-handler.js) so that nothing Next accepts is refused:
 * - a server action is a POST to a page with a `Next-Action` header (from a script) or a
 *   multipart form (a form posted before the page's script ran; URL-encoded ones never run an action);
 * - no Origin (a hand-made request, which carries no browser's cookies unasked) is left to Next.
 * Route handlers under /api/ check the origin themselves (lib/http/api.server.ts).
 */
export function isForeignServerAction(method: string, pathname: string, headers: Headers): boolean {
  if (method !== 'POST' || pathname.startsWith('/api/')) return false;
  const multipart = (headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
  if (!headers.has('next-action') && !multipart) return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  return origin === 'null' || originHost(origin) !== host;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
