import { NextResponse, type NextRequest } from 'next/server';
import { isForeignServerAction } from '@/lib/http/server-action-origin';

// Runs before every page and route handler (Next 16's successor to middleware).
// 1. Requests carrying Next's internal `x-middleware-subrequest` header are refused outright:
//    forged, it once let callers skip middleware entirely (CVE-2025-29927).
// 2. A server action posted from another site is refused with 403; Next would refuse it too, but
//    with a 500, as if the desk had failed.
// 3. Every response (but the public reader responses, see config below) gets a Content-Security-Policy
//    with a fresh nonce; Next puts the nonce on its
//    own scripts when it renders, so only scripts we emitted can run.
export function proxy(request: NextRequest) {
  if (request.headers.has('x-middleware-subrequest')) {
    return new NextResponse('Forbidden', { status: 403 });
  }
  if (isForeignServerAction(request.method, request.nextUrl.pathname, request.headers)) {
    return new NextResponse('Cross-site request refused', { status: 403 });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; dev mode's React needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // style="" attributes (React sets a few) cannot carry a nonce; they cannot run code either.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const config = {
  // Static files carry no user content; prefetches reuse the page's policy. Public reader responses
  // (/a/<slug>, its annotations.json) and the embed script set their own hash-based policy: they are
  // the same bytes for every reader so that shared caches can keep them, which a nonce would prevent.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|a/[a-z0-9-]+(?:/annotations\\.json)?$|embed\\.js$|embed/[a-z0-9]+\\.js$).*)' }],
};
