// Desk client JavaScript: for each desk page, the scripts a browser loads for it (Next's runtime
// and framework chunks, plus the page's and its layouts' own chunks) as the last `next build`
// left them in .next, raw and gzip-compressed. `nomodule` polyfills are left out (no current
// browser fetches them). Figures only, no assertions.
//
//   npx tsx lib/bench/desk-client-js.ts [path/to/.next]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

export interface PageClientJs {
  page: string;
  chunks: string[];
  bytes: number;
  gzip: number;
}

const DESK_PAGES = ['/desk/page', '/desk/articles/[id]/page', '/desk/admin/page', '/desk/sources/[id]/page', '/desk/search/page', '/desk/import/page'];

/** The chunks (paths under .next) a browser loads for the app page `page`, e.g. "/desk/articles/[id]/page". */
export function pageChunks(nextDir: string, page: string): string[] {
  const build = JSON.parse(readFileSync(join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(join(nextDir, 'server', 'app', `${page}_client-reference-manifest.js`), 'utf8'), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[page];
  if (!manifest) throw new Error(`No client manifest for ${page}`);
  return [...new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
}

export function measurePage(nextDir: string, page: string): PageClientJs {
  const chunks = pageChunks(nextDir, page);
  let bytes = 0;
  let gzip = 0;
  for (const chunk of chunks) {
    const content = readFileSync(join(nextDir, chunk));
    bytes += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { page, chunks, bytes, gzip };
}

/**
 * What would give the database schema away in a browser's chunk: drizzle's entity symbols
 * ("drizzle:Name", ...) and, as quoted strings, every snake_case table and column name db/schema.ts
 * declares (password_hash, claim_history, ...). camelCase JSON field names never match these.
 */
export function schemaFingerprints(schemaSource: string): string[] {
  const names = [...schemaSource.matchAll(/\b(?:sqliteTable|text|integer|real|index|uniqueIndex)\(\s*'([a-z0-9]+(?:_[a-z0-9]+)+)'/g)].map((m) => m[1]);
  return ['drizzle:', ...new Set(names.map((n) => `"${n}"`))];
}

/** Each client chunk in `nextDir` that holds a schema fingerprint, with the ones it holds. */
export function schemaLeaks(nextDir: string, schemaSource: string): { chunk: string; found: string[] }[] {
  const fingerprints = schemaFingerprints(schemaSource);
  const chunksDir = join(nextDir, 'static', 'chunks');
  const chunks = readdirSync(chunksDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  return chunks
    .map((chunk) => {
      const code = readFileSync(join(chunksDir, chunk), 'utf8');
      return { chunk, found: fingerprints.filter((f) => code.includes(f)) };
    })
    .filter((leak) => leak.found.length > 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const nextDir = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '.next');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('page                          chunks      raw     gzip');
  for (const page of DESK_PAGES) {
    const m = measurePage(nextDir, page);
    console.log(`${m.page.padEnd(30)}${String(m.chunks.length).padStart(6)}${kb(m.bytes).padStart(10)}${kb(m.gzip).padStart(10)}`);
  }
}
