// Headers every response carries, static files included: next.config.ts sends them through Next, and
// the reader fast path (lib/http/reader-fast-path.ts), which answers outside Next, sends them itself.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
