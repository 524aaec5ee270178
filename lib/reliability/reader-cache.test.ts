// The reader page behind a real Varnish (deploy/varnish.vcl), started here in front of the production
// server, with claimdesk purging it (CACHE_PURGE_URL): a second reader is served from the cache without
// reaching the app; a status change and an unpublish reach the next reader through the cache within 1 s.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServer, prepareDatabase, sleep, startServer, tempDir, type RunningServer } from './harness';
import { backendRequests, startVarnish, stopVarnish, type RunningVarnish } from './varnish';

const APP_PORT = 3720;
const VARNISH_PORT = 3780;
const VARNISH_ADMIN_PORT = 3781;
const dir = tempDir('reader-cache');
let server: RunningServer | undefined;
let varnish: RunningVarnish | undefined;

afterAll(async () => {
  if (varnish) await stopVarnish(varnish);
  if (server) await killServer(server, 'SIGTERM');
});

/** Polls `check` every 20 ms; resolves with the milliseconds it took to pass, or throws after `limitMs`. */
async function timeUntil(check: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await sleep(20);
  }
  throw new Error(`not seen within ${limitMs} ms`);
}

describe('reader pages through Varnish', () => {
  it('serves repeat readers from the cache and shows a change or a takedown within 1 s', async () => {
    const { checker, editor } = prepareDatabase(join(dir, 'claimdesk.db'));
    server = await startServer(join(dir, 'claimdesk.db'), APP_PORT, join(dir, 'server.log'), { CACHE_PURGE_URL: `http://127.0.0.1:${VARNISH_PORT}/` });
    varnish = await startVarnish(VARNISH_PORT, VARNISH_ADMIN_PORT, APP_PORT);
    const api = async (token: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server!.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
      return response.json();
    };
    const { articles } = (await api(checker, 'GET', '/api/articles')) as { articles: { id: number; slug: string; published: boolean }[] };
    const article = articles.find((a) => a.published)!;
    const page = `${varnish.url}/a/${article.slug}`;

    // First reader: a miss, fetched from the app. Second: a hit, and the app sees no request.
    const first = await fetch(page, { headers: { Cookie: 'claimdesk_session=anything' } });
    expect(first.status).toBe(200);
    const firstBody = await first.text();
    const before = backendRequests(varnish);
    const second = await fetch(page);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.text()).toBe(firstBody);
    expect(backendRequests(varnish)).toBe(before);
    await (await fetch(`${page}/annotations.json`)).arrayBuffer();

    // A status change: the next reader through the cache sees it within 1 s.
    const { claims } = (await api(checker, 'GET', `/api/articles/${article.id}`)) as { claims: { id: number; position: number; version: number; status: string }[] };
    const claim = claims.find((c) => c.status !== 'false')!;
    const marker = `Claim ${claim.position}: <span class="status-label status-false">`;
    expect(firstBody).not.toContain(marker);
    await api(checker, 'PATCH', `/api/claims/${claim.id}`, { status: 'false', version: claim.version });
    const changedAfter = await timeUntil(async () => (await (await fetch(page)).text()).includes(marker), 1000);
    console.log(`status change visible through Varnish after ${changedAfter.toFixed(0)} ms`);
    const annotations = (await (await fetch(`${page}/annotations.json`)).json()) as { claims: { position: number; status: string }[] };
    expect(annotations.claims.find((c) => c.position === claim.position)?.status).toBe('false');
    // And it is cached again: the next read is a hit.
    expect((await fetch(page)).headers.get('x-cache')).toBe('HIT');

    // A takedown: the page and its annotations answer 404 within 1 s.
    await api(editor, 'POST', `/api/articles/${article.id}/publish`, { published: false });
    const goneAfter = await timeUntil(async () => (await fetch(page)).status === 404, 1000);
    console.log(`unpublished page 404 through Varnish after ${goneAfter.toFixed(0)} ms`);
    expect((await fetch(`${page}/annotations.json`)).status).toBe(404);

    // A purge must name keys and nothing else: anything that could extend the ban expression is refused.
    const forged = await fetch(`${varnish.url}/`, { method: 'PURGE', headers: { 'Surrogate-Key': 'reader"; obj.status ~ .' } });
    expect(forged.status).toBe(400);
  });
});
