// Reader serving: how many reader-page requests a second the app answers, side by side with a bare
// node:http server sending the same bytes and with Varnish (deploy/varnish.vcl) in front of the app;
// how many of Varnish's repeated reads reached the app; and how soon a status change and a takedown
// reach readers through Varnish. Runs the production build on a fresh demo database, on 127.0.0.1 only.
// Figures only, no assertions. In `npm run bench`; alone:
//   npx tsx --conditions=react-server lib/bench/reader-serving.ts [--port 3720] [--seconds 5] [--connections 16]
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureBuild } from '../cli/ensure-build';
import { killServer, prepareDatabase, root, sleep, startServer, tempDir } from '../reliability/harness';
import { backendRequests, startVarnish, stopVarnish, varnishInstalled } from '../reliability/varnish';

interface Rate {
  requestsPerSecond: number;
  p975: number;
  non2xx: number;
}

async function load(url: string, seconds: number, connections: number): Promise<Rate> {
  const result = await autocannon({ url, connections, duration: seconds });
  return { requestsPerSecond: result.requests.average, p975: result.latency.p97_5, non2xx: result.non2xx + result.errors };
}

function line(label: string, rate: Rate): string {
  return `${label.padEnd(44)} ${rate.requestsPerSecond.toFixed(0).padStart(7)} req/s   p97.5 ${rate.p975.toFixed(1).padStart(6)} ms${rate.non2xx ? `   (${rate.non2xx} failed)` : ''}`;
}

export async function benchReaderServing(options: { port?: number; seconds?: number; connections?: number } = {}): Promise<void> {
  const appPort = options.port ?? 3720;
  const barePort = appPort + 1;
  const varnishPort = appPort + 60;
  const seconds = options.seconds ?? 5;
  const connections = options.connections ?? 16;
  ensureBuild(root);
  const dir = tempDir('bench-readers');
  const databaseFile = join(dir, 'claimdesk.db');
  const { checker, editor } = prepareDatabase(databaseFile);
  const withVarnish = varnishInstalled();
  const app = await startServer(databaseFile, appPort, join(dir, 'server.log'), withVarnish ? { CACHE_PURGE_URL: `http://127.0.0.1:${varnishPort}/` } : {});
  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${app.url}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return response.json();
  };
  const { articles } = (await api(checker, 'GET', '/api/articles')) as { articles: { id: number; slug: string; published: boolean }[] };
  const article = articles.find((a) => a.published)!;
  const path = `/a/${article.slug}`;

  // The same bytes and headers, from a server that does nothing else.
  const sample = await fetch(`${app.url}${path}`);
  const body = Buffer.from(await sample.arrayBuffer());
  const headers = Object.fromEntries(sample.headers);
  const bare = createServer((_request, response) => response.writeHead(200, headers).end(body));
  await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));

  try {
    console.log(`${connections} connections, ${seconds} s each, ${body.length} bytes a page`);
    const bareRate = await load(`http://127.0.0.1:${barePort}${path}`, seconds, connections);
    const appRate = await load(`${app.url}${path}`, seconds, connections);
    // A query string skips the server's fast path: the request goes through Next to the route handler (reader cache hit).
    const nextRate = await load(`${app.url}${path}?via=next`, seconds, connections);
    console.log(line('bare node:http, same bytes', bareRate));
    console.log(line('app, reader page (rendered, cache hit)', appRate));
    console.log(line('app through Next (?query skips fast path)', nextRate));
    console.log(`app / bare node:http: ${(appRate.requestsPerSecond / bareRate.requestsPerSecond).toFixed(2)}x (target >= 0.25x)`);

    if (!withVarnish) {
      console.log('varnishd not installed: Varnish figures skipped (apt-get install varnish)');
      return;
    }
    const varnish = await startVarnish(varnishPort, varnishPort + 1, appPort);
    try {
      await (await fetch(`${varnish.url}${path}`)).arrayBuffer();
      const before = backendRequests(varnish);
      const varnishRate = await load(`${varnish.url}${path}`, seconds, connections);
      const reached = backendRequests(varnish) - before;
      console.log(line('Varnish in front of the app, cached page', varnishRate));
      console.log(`Varnish / app: ${(varnishRate.requestsPerSecond / appRate.requestsPerSecond).toFixed(1)}x; Varnish / app through Next: ${(varnishRate.requestsPerSecond / nextRate.requestsPerSecond).toFixed(1)}x (target >= 20x)`);
      console.log(`requests that reached the app during ${Math.round(varnishRate.requestsPerSecond * seconds)} repeated reads: ${reached}`);

      const { claims } = (await api(checker, 'GET', `/api/articles/${article.id}`)) as { claims: { id: number; position: number; version: number; status: string }[] };
      const claim = claims.find((c) => c.status !== 'false')!;
      const marker = `Claim ${claim.position}: <span class="status-label status-false">`;
      await api(checker, 'PATCH', `/api/claims/${claim.id}`, { status: 'false', version: claim.version });
      console.log(`status change visible through Varnish after ${(await timeUntil(async () => (await (await fetch(`${varnish.url}${path}`)).text()).includes(marker))).toFixed(0)} ms`);
      await api(editor, 'POST', `/api/articles/${article.id}/publish`, { published: false });
      console.log(`unpublished page 404 through Varnish after ${(await timeUntil(async () => (await fetch(`${varnish.url}${path}`)).status === 404)).toFixed(0)} ms`);
    } finally {
      await stopVarnish(varnish);
    }
  } finally {
    bare.close();
    await killServer(app, 'SIGTERM');
  }
}

async function timeUntil(check: () => Promise<boolean>, limitMs = 10_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await sleep(10);
  }
  return Infinity;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' } } });
  await benchReaderServing({
    port: values.port ? Number(values.port) : undefined,
    seconds: values.seconds ? Number(values.seconds) : undefined,
    connections: values.connections ? Number(values.connections) : undefined,
  });
}
