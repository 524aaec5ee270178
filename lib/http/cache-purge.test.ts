import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeCacheKeys, sendWithRetries } from './cache-purge.server';

// A stand-in for the cache's purge endpoint, answering each request with the next status of `statuses`.
const PORT = 3761;
let server: Server | undefined;
const received: { method: string; keys: string | undefined }[] = [];

async function purgeEndpoint(statuses: number[]): Promise<string> {
  received.length = 0;
  server = createServer((request, response) => {
    received.push({ method: request.method!, keys: request.headers['surrogate-key'] as string | undefined });
    response.statusCode = statuses.shift() ?? 200;
    // No keep-alive: each test's endpoint is a new server, and a pooled socket to the last one would fail the first attempt.
    response.setHeader('connection', 'close');
    response.end();
  });
  await new Promise<void>((resolve) => server!.listen(PORT, '127.0.0.1', resolve));
  return `http://127.0.0.1:${PORT}/`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe('cache purge', () => {
  it('sends one PURGE naming the keys once, without making the caller wait', async () => {
    const url = await purgeEndpoint([]);
    purgeCacheKeys(['article-rates', 'source-3', 'article-rates'], { url, repeatAfterMs: null });
    expect(received).toEqual([]);
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]).toEqual({ method: 'PURGE', keys: 'article-rates source-3' });
  });

  it('retries with backoff until the cache accepts, logging each failure', async () => {
    const url = await purgeEndpoint([503, 500]);
    const log: string[] = [];
    expect(await sendWithRetries(url, ['article-rates'], { retryDelaysMs: [10, 20, 40], log: (m) => log.push(m) })).toBe(true);
    expect(received).toHaveLength(3);
    expect(log, log.join("\n")).toHaveLength(2);
    expect(log[0]).toContain('HTTP 503');
  });

  it('gives up after the last retry and logs that it failed for good', async () => {
    const log: string[] = [];
    // Nothing listens on this port: every attempt fails to connect.
    expect(await sendWithRetries(`http://127.0.0.1:${PORT + 1}/`, ['article-rates'], { retryDelaysMs: [5, 5], log: (m) => log.push(m) })).toBe(false);
    expect(log).toHaveLength(3);
    expect(log[2]).toMatch(/failed for good after 3 attempts \(article-rates\)/);
  });

  it('repeats the purge a moment later, for a stale response that was already on its way', async () => {
    const url = await purgeEndpoint([]);
    purgeCacheKeys(['article-rates'], { url, repeatAfterMs: 50 });
    await expect.poll(() => received.length).toBe(2);
  });
});
