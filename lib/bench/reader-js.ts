// Reader JavaScript budget: how many compressed bytes of JavaScript a reader's browser downloads
// for a published article page. Starts the app as `npm start` does (building first when the build
// is stale) on a fresh demo database, loads the demo article's page, and sums the gzip (and brotli)
// size of every script the HTML loads or carries inline. Scripts marked `nomodule` are left out:
// browsers that run modules, i.e. all current ones, never fetch them; so is JSON-LD, which is data
// the browser never runs. Figures only, no assertions.
//
//   npx tsx lib/bench/reader-js.ts
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The budget for the reader page, compressed. */
export const READER_JS_BUDGET = 100 * 1024;

export interface ReaderJsResult {
  page: string;
  chunks: { src: string; bytes: number; gzip: number; brotli: number }[];
  gzip: number;
  brotli: number;
}

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('The app exited before it served a page');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No answer from ${url} within ${timeoutMs / 1000} s`);
}

/** Every script the page's HTML makes the browser load, once each, in order. */
export function scriptsOf(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) found.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = /\shref="([^"]+)"/i.exec(tag)?.[1];
    if (href && /\srel="(?:preload|modulepreload)"/i.test(tag) && /\sas="script"/i.test(tag)) found.push(href);
  }
  return [...new Set(found.map((s) => s.replaceAll('&amp;', '&')))];
}

/** The code of every inline script the browser runs; JSON-LD and other data blocks are not code. */
export function inlineScriptsOf(html: string): string[] {
  const found: string[] = [];
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(attributes) || /\snomodule\b/i.test(attributes)) continue;
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1].toLowerCase();
    if (type && type !== 'module' && !/^(?:text|application)\/javascript$/.test(type)) continue;
    if (code.trim()) found.push(code);
  }
  return found;
}

export async function benchReaderJs(): Promise<ReaderJsResult> {
  const port = await freePort();
  const dir = join(root, '.bench', `reader-js-${process.pid}`);
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const app = spawn(process.execPath, [tsx, '--conditions=react-server', 'lib/cli/start.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: join(dir, 'claimdesk.db'), PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so that the app and the Next server it starts stop together.
    detached: true,
  });
  let exited = false;
  app.on('exit', () => (exited = true));
  const base = `http://localhost:${port}`;
  try {
    await waitFor(`${base}/`, 15 * 60_000, () => exited);
    const home = await (await fetch(`${base}/`)).text();
    const path = /href="(\/a\/[^"]+)"/.exec(home)?.[1];
    if (!path) throw new Error('The front page lists no published article');
    const html = await (await fetch(base + path)).text();
    const chunks: ReaderJsResult['chunks'] = [];
    for (const src of scriptsOf(html)) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      chunks.push(measure(src, body));
    }
    inlineScriptsOf(html).forEach((code, i) => chunks.push(measure(`(inline script ${i + 1})`, Buffer.from(code))));
    const sum = (key: 'gzip' | 'brotli') => chunks.reduce((n, c) => n + c[key], 0);
    const result = { page: path, chunks, gzip: sum('gzip'), brotli: sum('brotli') };
    report(result);
    return result;
  } finally {
    if (!exited && app.pid) process.kill(-app.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(src: string, body: Buffer): ReaderJsResult['chunks'][number] {
  return { src, bytes: body.length, gzip: gzipSync(body).length, brotli: brotliCompressSync(body).length };
}

function report(result: ReaderJsResult): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`reader JS bench: ${result.page}, ${result.chunks.length} scripts`);
  for (const c of result.chunks) console.log(`  ${c.src.padEnd(48)} ${kb(c.bytes).padStart(9)} raw ${kb(c.gzip).padStart(9)} gzip`);
  const verdict = result.gzip <= READER_JS_BUDGET ? 'within' : 'OVER';
  console.log(`  total: ${kb(result.gzip)} gzip, ${kb(result.brotli)} brotli; budget ${kb(READER_JS_BUDGET)} compressed: ${verdict}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchReaderJs();
}
