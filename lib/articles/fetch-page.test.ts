import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { addressRefusal, fetchArticlePage, withFetchedText } from './fetch-page.server';

// A local "news site" on 127.0.0.1, in this checkout's port range.
const PORT = 3651;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ALLOW = { allowHosts: ['127.0.0.1'] };
const ARTICLE = '<!doctype html><html><head><title>Ferry Fares Rise</title></head><body><article><h1>Ferry Fares Rise</h1><p>Fares rose 8 percent, the operator said.</p></article></body></html>';

let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', ORIGIN);
    const hops = Number(url.searchParams.get('n') ?? 0);
    switch (url.pathname) {
      case '/article':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(ARTICLE);
        return;
      case '/plain':
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('Fares rose 8 percent.');
        return;
      case '/latin1':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=windows-1252' }).end(Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]));
        return;
      case '/gzip':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(zlib.gzipSync(ARTICLE));
        return;
      case '/image':
        res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case '/untyped':
        res.writeHead(200).end(ARTICLE);
        return;
      case '/missing':
        res.writeHead(404).end('gone');
        return;
      case '/redirect':
        res.writeHead(302, { Location: hops > 1 ? `/redirect?n=${hops - 1}` : '/article' }).end();
        return;
      case '/to-localhost':
        res.writeHead(301, { Location: `http://localhost:${PORT}/article` }).end();
        return;
      case '/to-metadata':
        res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
        return;
      case '/to-file':
        res.writeHead(302, { Location: 'file:///etc/passwd' }).end();
        return;
      case '/declared-huge':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(50_000_000) });
        res.write('<p>');
        return; // never finishes; the client gives up on the declared length
      case '/endless': {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
        const pump = () => {
          while (res.write(chunk)) if (res.destroyed) return;
          res.once('drain', pump);
        };
        pump();
        res.on('error', () => {});
        return;
      }
      case '/slow':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.write('<p>Coming');
        return; // never ends
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  expect((server.address() as AddressInfo).port).toBe(PORT);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('fetchArticlePage', () => {
  it('fetches an HTML page from an allowed host, with its size and time', async () => {
    const page = await fetchArticlePage(`${ORIGIN}/article`, ALLOW);
    expect(page).toMatchObject({ text: ARTICLE, format: 'html', finalUrl: `${ORIGIN}/article`, bytes: ARTICLE.length });
    expect(page.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('reads plain text, gzip and a declared charset', async () => {
    expect(await fetchArticlePage(`${ORIGIN}/plain`, ALLOW)).toMatchObject({ text: 'Fares rose 8 percent.', format: 'text' });
    expect((await fetchArticlePage(`${ORIGIN}/gzip`, ALLOW)).text).toBe(ARTICLE);
    expect((await fetchArticlePage(`${ORIGIN}/latin1`, ALLOW)).text).toBe('<p>café');
  });

  it('refuses loopback by default: the allow list is empty unless FETCH_ALLOW_HOSTS says otherwise', async () => {
    expect((await refusal(fetchArticlePage(`${ORIGIN}/article`))).message).toMatch(/loopback address \(127\.0\.0\.1\)/);
    expect((await refusal(fetchArticlePage(`${ORIGIN}/article`, { allowHosts: [] }))).message).toMatch(/only public web pages/);
  });

  it('follows up to 5 redirects, each checked again', async () => {
    expect((await fetchArticlePage(`${ORIGIN}/redirect?n=5`, ALLOW)).finalUrl).toBe(`${ORIGIN}/article`);
    expect((await refusal(fetchArticlePage(`${ORIGIN}/redirect?n=6`, ALLOW))).message).toMatch(/redirected more than 5 times/);
    // localhost is the same machine, but it is not on the list: refused.
    expect((await refusal(fetchArticlePage(`${ORIGIN}/to-localhost`, ALLOW))).message).toMatch(/localhost:3651 is a loopback address/);
    expect((await refusal(fetchArticlePage(`${ORIGIN}/to-metadata`, ALLOW))).message).toMatch(/cloud metadata address/);
    expect((await refusal(fetchArticlePage(`${ORIGIN}/to-file`, ALLOW))).message).toMatch(/redirected to file: only http and https/);
  });

  it('refuses other schemes, credentials and unknown hosts', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/a', 'javascript:alert(1)', 'gopher://127.0.0.1:25/']) {
      expect((await refusal(fetchArticlePage(url, ALLOW))).message).toMatch(/only http and https/);
    }
    expect((await refusal(fetchArticlePage('not a url', ALLOW))).message).toMatch(/not a valid URL/);
    expect((await refusal(fetchArticlePage(`http://user:pw@127.0.0.1:${PORT}/article`, ALLOW))).message).toMatch(/user name or password/);
    expect((await refusal(fetchArticlePage('http://no-such-host.invalid/', ALLOW))).message).toMatch(/could not be found/);
  });

  it('refuses other content types, error statuses, oversized and endless bodies, and slow servers', async () => {
    expect((await refusal(fetchArticlePage(`${ORIGIN}/image`, ALLOW))).message).toMatch(/gives image\/png, not an HTML page or plain text/);
    expect((await refusal(fetchArticlePage(`${ORIGIN}/untyped`, ALLOW))).message).toMatch(/no stated type/);
    expect((await refusal(fetchArticlePage(`${ORIGIN}/missing`, ALLOW))).message).toMatch(/answered 404/);
    expect(await refusal(fetchArticlePage(`${ORIGIN}/declared-huge`, ALLOW))).toMatchObject({ code: 'too_large', message: 'The page is larger than 10 MB' });
    expect(await refusal(fetchArticlePage(`${ORIGIN}/endless`, { ...ALLOW, maxBytes: 1_000_000 }))).toMatchObject({ code: 'too_large', message: 'The page is larger than 1 MB' });
    expect((await refusal(fetchArticlePage(`${ORIGIN}/slow`, { ...ALLOW, timeoutMs: 300 }))).message).toMatch(/did not arrive within 0.3 s/);
  });
});

describe('addressRefusal', () => {
  it('names every class of address that is not public', () => {
    const cases: [string, RegExp][] = [
      ['127.0.0.1', /loopback/],
      ['127.8.9.10', /loopback/],
      ['::1', /loopback/],
      ['10.0.0.5', /private/],
      ['172.16.3.4', /private/],
      ['192.168.1.1', /private/],
      ['fc00::1', /private/],
      ['169.254.1.1', /link-local/],
      ['fe80::1', /link-local/],
      ['100.64.0.1', /CGNAT/],
      ['224.0.0.1', /multicast/],
      ['ff02::1', /multicast/],
      ['169.254.169.254', /metadata/],
      ['fd00:ec2::254', /metadata/],
      ['::ffff:127.0.0.1', /loopback/],
      ['::ffff:10.0.0.1', /private/],
      ['::ffff:169.254.169.254', /metadata/],
      ['0.0.0.0', /unspecified/],
      ['64:ff9b::a00:1', /reserved/],
    ];
    for (const [address, why] of cases) expect(addressRefusal(address), address).toMatch(why);
    expect(addressRefusal('93.184.216.34')).toBeNull();
    expect(addressRefusal('2606:4700::1111')).toBeNull();
  });
});

describe('withFetchedText', () => {
  it('leaves bodies with text alone and fills the text of a body that only has a URL', async () => {
    const withText = { url: `${ORIGIN}/article`, text: 'Typed.' };
    expect(await withFetchedText(withText)).toEqual({ body: withText, fetched: null });
    const { body, fetched } = await withFetchedText({ url: `${ORIGIN}/article` }, ALLOW);
    expect(body).toEqual({ url: `${ORIGIN}/article`, text: ARTICLE, format: 'html' });
    expect(fetched?.bytes).toBe(ARTICLE.length);
  });
});
