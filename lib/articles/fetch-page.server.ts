import 'server-only';
// Fetches a news page for import by URL, without becoming a way into the newsroom's network
// (SSRF): only http(s); the host name resolved once and the connection made to that very address,
// so DNS cannot answer differently the second time; every address that is not public unicast
// refused (loopback, private, link-local, CGNAT, multicast, cloud metadata, IPv4-mapped IPv6 ...);
// each redirect checked again; a total time and size budget; HTML or plain text only.
import http from 'node:http';
import https from 'node:https';
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import ipaddr from 'ipaddr.js';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { looksBinary } from './read-upload';
import { MAX_HTML_BYTES } from './schemas';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

export interface FetchedPage {
  /** The page as text, decoded with the charset the server declared (UTF-8 when none). */
  text: string;
  format: 'html' | 'text';
  /** Where the page was finally found, after redirects. */
  finalUrl: string;
  bytes: number;
  elapsedMs: number;
}

export interface FetchOptions {
  /** Hosts that may be loopback or private (tests); defaults to FETCH_ALLOW_HOSTS. */
  allowHosts?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
}

// Cloud metadata services, named apart because reaching one is the classic SSRF prize.
const METADATA_ADDRESSES = new Set(['169.254.169.254', '169.254.170.2', 'fd00:ec2::254', '100.100.100.200', '192.0.0.192']);

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT (CGNAT) address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  unspecified: 'an unspecified address',
};

const refuse = (message: string) => new AppError('invalid', message, { url: [message] });

/**
 * Why the address may not be fetched, or null when it is public unicast. IPv4-mapped IPv6
 * (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
 */
export function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const ip = ipaddr.process(address);
  const normal = ip.toNormalizedString();
  if (METADATA_ADDRESSES.has(normal) || METADATA_ADDRESSES.has(ip.toString())) return 'a cloud metadata address';
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_NAMES[range] ?? `a reserved address (${range})`;
}

/**
 * Fetches `rawUrl` for import: the page's text and whether it is HTML. Every refusal is an
 * AppError with a message that says what was refused.
 */
export async function fetchArticlePage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const allowHosts = options.allowHosts ?? env().FETCH_ALLOW_HOSTS;
  const maxBytes = options.maxBytes ?? MAX_HTML_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parseFetchUrl(rawUrl);
  for (let redirects = 0; ; redirects++) {
    const address = await resolveAllowed(url, allowHosts, signal);
    const response = await request(url, address, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (redirects >= MAX_REDIRECTS) throw refuse(`The page redirected more than ${MAX_REDIRECTS} times; not followed further`);
      url = parseFetchUrl(new URL(response.headers.location, url).toString(), 'The page redirected to');
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw refuse(`The page answered ${status} ${response.statusMessage ?? ''}`.trim());
    }
    const format = contentFormat(response.headers['content-type']);
    if (!format) {
      response.resume();
      throw refuse(`The URL gives ${response.headers['content-type'] || 'content of no stated type'}, not an HTML page or plain text`);
    }
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      response.resume();
      throw tooLarge(maxBytes);
    }
    const bytes = await readBody(decompressed(response), maxBytes, signal, timeoutMs);
    // The same checks as an uploaded file's (read-upload.ts).
    const text = decode(bytes, charsetOf(response.headers['content-type']));
    if (looksBinary(text)) throw refuse('The page is binary data, not text');
    return {
      text,
      format,
      finalUrl: url.toString(),
      bytes: bytes.byteLength,
      elapsedMs: Math.round(performance.now() - started),
    };
  }
}

function parseFetchUrl(raw: string, what = 'The URL'): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse(`${what} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refuse(`${what} ${url.protocol.replace(/:$/, '')}: only http and https pages can be fetched`);
  }
  if (url.username || url.password) throw refuse(`${what} contains a user name or password; those are not sent`);
  url.hash = '';
  return url;
}

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');

/** Resolves the URL's host once and returns the one address to connect to, or refuses. */
async function resolveAllowed(url: URL, allowHosts: readonly string[], signal: AbortSignal): Promise<{ address: string; family: 4 | 6 }> {
  const host = hostOf(url);
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await withTimeout(lookup(host, { all: true, verbatim: true }), signal);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw refuse(`The host ${host} could not be found`);
    }
    if (addresses.length === 0) throw refuse(`The host ${host} could not be found`);
  }
  if (!allowHosts.includes(host)) {
    // Every address the name has must be public: a name with one private address is refused outright.
    for (const { address } of addresses) {
      const why = addressRefusal(address);
      if (why) throw refuse(`${url.host} is ${why} (${address}); only public web pages can be fetched`);
    }
  }
  const [first] = addresses;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** Sends the GET to the already checked address; TLS still verifies the certificate against the host name. */
function request(url: URL, target: { address: string; family: 4 | 6 }, signal: AbortSignal, timeoutMs: number): Promise<http.IncomingMessage> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        signal,
        headers: {
          'User-Agent': 'claimdesk/1.0 (article import)',
          Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
          'Accept-Encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', (error) => reject(fetchFailure(error, signal, timeoutMs)));
    req.end();
  });
}

function fetchFailure(error: unknown, signal: AbortSignal, timeoutMs: number): AppError {
  if (signal.aborted) return refuse(`The page did not arrive within ${timeoutMs / 1000} s`);
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return refuse('The server refused the connection');
  if (code && /CERT|SSL|TLS/.test(code)) return refuse('The server’s TLS certificate is not valid for this host');
  return refuse(`The page could not be fetched (${code ?? (error as Error).message})`);
}

function withTimeout<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(refuse('The host name did not resolve in time'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function contentFormat(contentType: string | undefined): 'html' | 'text' | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return null;
}

function charsetOf(contentType: string | undefined): string {
  return /;\s*charset="?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
}

function decompressed(response: http.IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(zlib.createGunzip());
    case 'deflate':
      return response.pipe(zlib.createInflate());
    case 'br':
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

const tooLarge = (maxBytes: number) => new AppError('too_large', `The page is larger than ${maxBytes / 1_000_000} MB`, { url: [`The page is larger than ${maxBytes / 1_000_000} MB`] });

/** The body's bytes, stopping as soon as it (decompressed) passes maxBytes or time runs out. */
async function readBody(body: Readable, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += (chunk as Buffer).byteLength;
      if (total > maxBytes) {
        body.destroy();
        throw tooLarge(maxBytes);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fetchFailure(error, signal, timeoutMs);
  }
  return Buffer.concat(chunks, total);
}

function decode(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw refuse(`The page uses the character set “${charset}”, which claimdesk cannot read`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw refuse(`The page is not valid ${charset.toUpperCase()} text`);
  }
}

/**
 * For an API body or form that gives a `url` and no `text`: fetches the page and returns the body
 * with the page as its text (its format said), keeping the URL given as the article's URL.
 * Anything else comes back as it is.
 */
export async function withFetchedText<T>(body: T, options: FetchOptions = {}): Promise<{ body: T; fetched: FetchedPage | null }> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { body, fetched: null };
  const { url, text } = body as { url?: unknown; text?: unknown };
  if (typeof url !== 'string' || !url.trim() || (text !== undefined && text !== null && text !== '')) return { body, fetched: null };
  const fetched = await fetchArticlePage(url, options);
  const format = (body as { format?: unknown }).format === 'text' ? 'text' : fetched.format;
  return { body: { ...body, url: url.trim(), text: fetched.text, format }, fetched };
}
