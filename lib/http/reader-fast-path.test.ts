import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetAllReaderResponses, forgetReaderResponses, rememberReaderResponse, serveStoredReaderResponse } from './reader-fast-path';

const PORT = 3764;
let server: Server;
let passedOn = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (serveStoredReaderResponse(request, response)) return;
    passedOn++;
    response.writeHead(418).end('next');
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const url = (path: string) => `http://127.0.0.1:${PORT}${path}`;

describe('reader fast path', () => {
  it('answers a stored response with its headers, 304 for its ETag, and sends everything else on', async () => {
    forgetAllReaderResponses();
    rememberReaderResponse('/a/rates', { body: Buffer.from('<p>page</p>'), etag: '"v1"', headers: { 'content-type': 'text/html', 'cache-control': 'public' } });

    const hit = await fetch(url('/a/rates'));
    expect(hit.status).toBe(200);
    expect(await hit.text()).toBe('<p>page</p>');
    expect(hit.headers.get('etag')).toBe('"v1"');
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(url('/a/rates'), { headers: { 'If-None-Match': 'W/"v1"' } })).status).toBe(304);
    expect((await fetch(url('/a/rates'), { headers: { 'If-None-Match': '"v0"' } })).status).toBe(200);

    const before = passedOn;
    expect((await fetch(url('/a/rates?x=1'))).status).toBe(418);
    expect((await fetch(url('/a/rates'), { method: 'POST' })).status).toBe(418);
    expect((await fetch(url('/a/other'))).status).toBe(418);
    expect(passedOn).toBe(before + 3);
  });

  it('forgets an article’s page and annotations together', async () => {
    rememberReaderResponse('/a/rates', { body: Buffer.from('a'), etag: '"a"', headers: {} });
    rememberReaderResponse('/a/rates/annotations.json', { body: Buffer.from('{}'), etag: '"b"', headers: {} });
    forgetReaderResponses('rates');
    expect((await fetch(url('/a/rates'))).status).toBe(418);
    expect((await fetch(url('/a/rates/annotations.json'))).status).toBe(418);
  });
});
