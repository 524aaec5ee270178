// Archive-scale benchmark: builds a temporary database of 10,000 articles and about 300,000 claims
// through the real import path, then times the hot operations, each over repeated runs, and prints
// median and p95 against the targets. Figures only, no assertions.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nextBin, ensureBuild } from '../cli/ensure-build';
import { articleGenerator, percentile, rng } from './corpus';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const MIN_CLAIMS = Number(process.env.BENCH_CLAIMS ?? 300_000);
const RUNS = 40;
const PORT = 3990;

interface Row {
  name: string;
  target: number;
  samples: number[];
}

function summarise(rows: Row[]): void {
  console.log(`\n${'operation'.padEnd(44)}${'median ms'.padStart(11)}${'p95 ms'.padStart(10)}${'target p95'.padStart(12)}  ok`);
  for (const { name, target, samples } of rows) {
    const sorted = [...samples].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(`${name.padEnd(44)}${percentile(sorted, 50).toFixed(2).padStart(11)}${p95.toFixed(2).padStart(10)}${`< ${target}`.padStart(12)}  ${p95 < target ? 'yes' : 'NO'}`);
  }
}

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export async function benchDatabase(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'));
  const file = join(dir, 'bench.db');
  // Set before the data-access layer first reads its settings.
  process.env.DATABASE_URL = file;
  const { getDb } = await import('../../db/client');
  const { migrateDatabase } = await import('../../db/migrate');
  const { users } = await import('../../db/schema');
  const { hashPassword } = await import('../auth/password');
  const { importArticle } = await import('../articles/import-article');
  const { ArticleInputSchema } = await import('../articles/schemas');
  const { getArticle } = await import('../articles/get-article');
  const { getPublishedArticle } = await import('../articles/get-published-article');
  const { listArticles } = await import('../articles/list-articles');
  const { setArticlePublished } = await import('../articles/publish-article');
  const { getClaimHistory } = await import('../claims/get-claim-history');
  const { setClaimReview } = await import('../claims/set-claim-review');
  const { listDeskUsers } = await import('../auth/list-desk-users');
  const { getSourcingReport } = await import('../reports/get-sourcing-report');

  const db = getDb();
  migrateDatabase(db);
  const passwordHash = await hashPassword('bench-password');
  const actors = (['admin', 'editor', 'factchecker', 'factchecker', 'factchecker'] as const).map((role, i) => {
    const row = db.insert(users).values({ email: `${role}${i}@bench.example`, name: `Bench ${role} ${i}`, role, passwordHash }).returning().get();
    return { id: row.id, email: row.email, name: row.name, role: row.role };
  });
  const [admin, editor] = actors;
  const checkers = actors.slice(2);

  // 1. Build the archive through the real import path.
  console.log(`Building a database of ${ARTICLES.toLocaleString('en')} articles (at least ${MIN_CLAIMS.toLocaleString('en')} claims) in ${file} …`);
  // About 30 claims an article: 10,000 articles make the 300,000 claims of a busy desk's archive.
  const next = articleGenerator(8_8_2026, 250, 520);
  const rand = rng(42);
  const t0 = performance.now();
  let claimCount = 0;
  const ids: number[] = [];
  const slugs: string[] = [];
  for (let i = 0; (i < ARTICLES || claimCount < MIN_CLAIMS) && i < ARTICLES * 2; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 700) * 86_400_000).toISOString().slice(0, 10);
    const input = ArticleInputSchema.parse({ title: `Bench article ${i}`, text: next(), outlet: `Outlet ${i % 40}`, author: `Author ${i % 300}`, publicationDate: date });
    const imported = importArticle(checkers[i % checkers.length], input);
    ids.push(imported.id);
    claimCount += imported.claimCount;
    if (i % 4 === 0) {
      setArticlePublished(editor, imported.id, true);
      slugs.push(imported.slug);
    }
    if ((i + 1) % 1000 === 0) console.log(`  ${i + 1} articles, ${claimCount.toLocaleString('en')} claims, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  // Reviews on about a third of the claims, spread over the fact-checkers.
  const claimIds = db.$client.prepare('select id from claims where id % 3 = 0').pluck().all() as number[];
  const statuses = ['true', 'mostly_true', 'misleading', 'false', 'unsupported', 'opinion', 'in_progress'] as const;
  for (const [n, id] of claimIds.entries()) setClaimReview(checkers[n % checkers.length], id, { status: statuses[n % statuses.length], note: `Checked ${n}`, version: 1 });
  db.$client.exec('PRAGMA optimize');
  const buildSeconds = (performance.now() - t0) / 1000;

  // 2. Time the hot operations on random articles.
  const pickId = () => ids[Math.floor(rand() * ids.length)];
  const pickSlug = () => slugs[Math.floor(rand() * slugs.length)];
  const importText = articleGenerator(99, 1000, 1001);
  const rows: Row[] = [
    { name: 'import a 1,000-word article (extract + insert)', target: 30, samples: [] },
    { name: 'workspace data for one article', target: 50, samples: [] },
    { name: 'per-article sourcing report', target: 50, samples: [] },
    { name: 'desk article list (first page)', target: 50, samples: [] },
    { name: 'reader page data (DAL)', target: 50, samples: [] },
  ];
  for (let r = 0; r < RUNS; r++) {
    const input = ArticleInputSchema.parse({ title: `Timed import ${r}`, text: importText() });
    rows[0].samples.push(time(() => importArticle(checkers[0], input)));
    const id = pickId();
    rows[1].samples.push(
      time(() => {
        const article = getArticle(admin, id);
        getClaimHistory(admin, article.claims[0]?.id ?? 0);
        listDeskUsers(admin);
      }),
    );
    rows[2].samples.push(time(() => getSourcingReport(editor, pickId())));
    rows[3].samples.push(time(() => listArticles(editor)));
    rows[4].samples.push(time(() => getPublishedArticle(pickSlug())));
  }

  // 3. The reader page over HTTP from the production server: first request of a page (cache miss), then again (hit).
  const reader = await timeReaderPages(file, Array.from({ length: RUNS }, pickSlug));
  rows.push({ name: 'reader page over HTTP, first request', target: 50, samples: reader.miss });
  rows.push({ name: 'reader page over HTTP, repeated request', target: 50, samples: reader.hit });

  const counts = db.$client.prepare('select (select count(*) from articles) a, (select count(*) from claims) c, (select count(*) from claim_sources) l, (select count(*) from claim_history) h').get() as Record<string, number>;
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  console.log(`\nDatabase: ${counts.a.toLocaleString('en')} articles, ${counts.c.toLocaleString('en')} claims, ${counts.l.toLocaleString('en')} claim–source links, ${counts.h.toLocaleString('en')} history rows`);
  console.log(`Built in ${buildSeconds.toFixed(0)} s; file size ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  summarise(rows);
  console.log(`\nPeak memory of the benchmark process (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}

async function timeReaderPages(databaseFile: string, slugs: string[]): Promise<{ miss: number[]; hit: number[] }> {
  ensureBuild();
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(PORT)], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseFile, PORT: String(PORT) },
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(base).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const timed = async (slug: string) => {
      const t0 = performance.now();
      const res = await fetch(`${base}/a/${slug}`);
      await res.text();
      if (!res.ok) throw new Error(`reader page ${slug}: HTTP ${res.status}`);
      return performance.now() - t0;
    };
    await timed(slugs[0]); // warm the server's code paths once
    const unique = [...new Set(slugs)];
    const miss: number[] = [];
    const hit: number[] = [];
    for (const slug of unique) miss.push(await timed(slug));
    for (const slug of unique) hit.push(await timed(slug));
    return { miss, hit };
  } finally {
    server.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDatabase();
