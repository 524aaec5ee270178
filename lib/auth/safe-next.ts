// Where to go after signing in. `next` comes from the URL, so an attacker can write it: only a path
// on this site is followed; anything else goes to the desk.

const FALLBACK = '/desk';
// A base of our own: resolving against it tells a path on this site from anything the URL parser
// would take to another host ("//evil", "/\\evil", "https:evil").
const SITE = 'http://claimdesk.invalid';

/**
 * `next` when it is a path on this site, as the URL parser resolves it; `/desk` otherwise. Control
 * characters and whitespace are refused outright: browsers drop a tab or newline from a URL (so
 * "/\t/evil.example" would become "//evil.example"), and a newline in a Location header is a 500.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || next.length > 2000 || !next.startsWith('/')) return FALLBACK;
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(next)) return FALLBACK;
  let resolved: URL;
  try {
    resolved = new URL(next, SITE);
  } catch {
    return FALLBACK;
  }
  if (resolved.origin !== SITE) return FALLBACK;
  const path = resolved.pathname + resolved.search + resolved.hash;
  // The path as resolved must itself still resolve here: "/.//evil" normalises to "//evil".
  return path.startsWith('//') ? FALLBACK : path;
}
