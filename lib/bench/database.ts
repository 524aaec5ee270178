// Archive-scale benchmark: builds a temporary database of 10,000 articles and about 300,000 claims
// through the real import path, then times the hot operations, each over repeated runs, and prints
// median and p95 against the targets. Figures only, no assertions.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nextBin, ensureBuild } from '../cli/ensure-build';
import { articleGenerator, rng } from './corpus';
import { percentile } from './percentile';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const MIN_CLAIMS = Number(process.env.BENCH_CLAIMS ?? 300_000);
const RUNS = 40;
const PORT = 3990;

interface Row {
  name: string;
  target: number;
  samples: number[];
  /** Prepares one run (picks its inputs) and returns the work to time. */
  run?: () => () => unknown;
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
  // BENCH_DB=FILE builds the archive there once and keeps it; later runs reuse it (for working on
  // queries without rebuilding). By default the database is temporary.
  const keep = process.env.BENCH_DB;
  const dir = keep ? undefined : mkdtempSync(join(tmpdir(), 'claimdesk-bench-'));
  const file = keep ?? join(dir!, 'bench.db');
  const reuse = keep !== undefined && existsSync(keep);
  // Set before the data-access layer first reads its settings.
  process.env.DATABASE_URL = file;
  const { checkpointWal, getDb } = await import('../../db/client');
  const { migrateDatabase } = await import('../../db/migrate');
  const { users } = await import('../../db/schema');
  const { eq } = await import('drizzle-orm');
  const { hashPassword } = await import('../auth/password');
  const { importArticle } = await import('../articles/import-article.server');
  const { ArticleInputSchema } = await import('../articles/schemas');
  const { getArticle } = await import('../articles/get-article.server');
  const { getPublishedArticle } = await import('../articles/get-published-article.server');
  const { listArticles } = await import('../articles/list-articles.server');
  const { setArticlePublished } = await import('../articles/publish-article.server');
  const { getClaimHistory } = await import('../claims/get-claim-history.server');
  const { setClaimReview } = await import('../claims/set-claim-review.server');
  const { listDeskUsers } = await import('../auth/list-desk-users.server');
  const { getSourcingReport } = await import('../reports/get-sourcing-report.server');
  const { getDashboard } = await import('../reports/get-dashboard.server');
  const { exportDashboardCsv } = await import('../reports/export-dashboard-csv.server');
  const { DashboardFilterSchema } = await import('../reports/schemas');
  const { searchClaims } = await import('../claims/search-claims.server');
  const { ClaimSearchSchema } = await import('../claims/schemas');
  const { findSimilarReviewedClaims } = await import('../claims/find-similar-reviewed-claims.server');
  const { listRegistrySources } = await import('../sources/list-registry-sources.server');
  const { getRegistrySource } = await import('../sources/get-registry-source.server');
  const { RegistryQuerySchema } = await import('../sources/schemas');
  const { listOrphanedClaims } = await import('../articles/list-orphaned-claims.server');

  const db = getDb();
  migrateDatabase(db);
  const passwordHash = reuse ? '' : await hashPassword('bench-password');
  const actors = (['admin', 'editor', 'factchecker', 'factchecker', 'factchecker'] as const).map((role, i) => {
    const email = `${role}${i}@bench.example`;
    const row = reuse ? db.select().from(users).where(eq(users.email, email)).get()! : db.insert(users).values({ email, name: `Bench ${role} ${i}`, role, passwordHash }).returning().get();
    return { id: row.id, email: row.email, name: row.name, role: row.role };
  });
  const [admin, editor] = actors;
  const checkers = actors.slice(2);
  const rand = rng(42);
  const t0 = performance.now();
  const statuses = ['true', 'mostly_true', 'misleading', 'false', 'unsupported', 'opinion', 'in_progress'] as const;
  const claimIds = () => db.$client.prepare('select id from claims where id % 3 = 0').pluck().all() as number[];
  let ids: number[] = [];
  let slugs: string[] = [];

  if (reuse) {
    console.log(`Reusing the archive in ${file}`);
    ids = db.$client.prepare(`select id from articles where title like 'Bench article %'`).pluck().all() as number[];
    slugs = db.$client.prepare(`select slug from articles where published = 1 and title like 'Bench article %'`).pluck().all() as string[];
  } else {
    // 1. Build the archive through the real import path.
    console.log(`Building a database of ${ARTICLES.toLocaleString('en')} articles (at least ${MIN_CLAIMS.toLocaleString('en')} claims) in ${file} …`);
    // About 30 claims an article: 10,000 articles make the 300,000 claims of a busy desk's archive.
    const next = articleGenerator(8_8_2026, 250, 520);
    let claimCount = 0;
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
    for (const [n, id] of claimIds().entries()) setClaimReview(checkers[n % checkers.length], id, { status: statuses[n % statuses.length], note: `Checked ${n}`, version: 1 });
    db.$client.exec('PRAGMA optimize');
  }
  const buildSeconds = (performance.now() - t0) / 1000;

  // 2. Time the hot operations on random articles, interleaved so that no one operation gets a warm cache the others lack.
  const pickId = () => ids[Math.floor(rand() * ids.length)];
  const pickSlug = () => slugs[Math.floor(rand() * slugs.length)];
  const pickOf = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const importText = articleGenerator(99, 1000, 1001);
  const sql = db.$client;
  // Search words picked from the index itself: the most frequent stem, and the 50 least frequent ones.
  sql.exec('create virtual table temp.bench_vocab using fts5vocab(main, claims_fts, row)');
  const commonWord = sql.prepare(`select term from temp.bench_vocab where term glob '[a-z][a-z][a-z][a-z]*' order by doc desc limit 1`).pluck().get() as string;
  const rareWords = sql.prepare(`select term from temp.bench_vocab where term glob '[a-z][a-z][a-z][a-z]*' order by doc, term limit 50`).pluck().all() as string[];
  const rareDocs = sql.prepare(`select max(doc) from (select doc from temp.bench_vocab where term glob '[a-z][a-z][a-z][a-z]*' order by doc, term limit 50)`).pluck().get() as number;
  const commonDocs = sql.prepare('select doc from temp.bench_vocab where term = ?').pluck().get(commonWord) as number;
  const reviewed = claimIds();
  const reviewedClaimIds = reviewed.filter((_, n) => statuses[n % statuses.length] !== 'in_progress');
  const registryIds = sql.prepare('select distinct registry_id from sources where registry_id is not null limit 5000').pluck().all() as number[];
  const mostCited = sql.prepare('select registry_id from sources where registry_id is not null group by registry_id order by count(*) desc limit 1').pluck().get() as number;
  const newestDay = sql.prepare('select max(publication_date) from articles').pluck().get() as string;
  const ninetyDaysBefore = new Date(Date.parse(newestDay) - 90 * 86_400_000).toISOString().slice(0, 10);
  console.log(`Search words: "${commonWord}" (in ${commonDocs.toLocaleString('en')} claims) and ${rareWords.length} rare ones (in at most ${rareDocs} claims each); most-cited registry entry ${mostCited}`);
  const search = (q: string, extra: Record<string, string> = {}) => () => searchClaims(admin, ClaimSearchSchema.parse({ q, ...extra }));
  const dashboard = (q: Record<string, string>) => () => getDashboard(editor, DashboardFilterSchema.parse(q));
  let importRun = 0;

  const rows: Row[] = (
    [
    {
      name: 'import a 1,000-word article (extract + insert)',
      target: 30,
      run: () => {
        const input = ArticleInputSchema.parse({ title: `Timed import ${importRun++}`, text: importText() });
        return () => importArticle(checkers[0], input);
      },
    },
    {
      name: 'workspace data for one article',
      target: 50,
      run: () => {
        const id = pickId();
        return () => {
          const article = getArticle(admin, id);
          getClaimHistory(admin, article.claims[0]?.id ?? 0);
          listDeskUsers(admin);
          listOrphanedClaims(admin, id);
        };
      },
    },
    { name: 'per-article sourcing report', target: 50, run: () => { const id = pickId(); return () => getSourcingReport(editor, id); } },
    { name: 'desk article list (first page)', target: 50, run: () => () => listArticles(editor) },
    { name: 'desk article list (page 100)', target: 50, run: () => () => listArticles(editor, 100) },
    { name: 'dashboard, whole archive', target: 200, run: () => dashboard({}) },
    { name: 'dashboard, one outlet', target: 200, run: () => dashboard({ outlet: `Outlet ${Math.floor(rand() * 40)}` }) },
    { name: 'dashboard, last 90 days', target: 200, run: () => dashboard({ from: ninetyDaysBefore }) },
    { name: 'dashboard CSV, whole archive', target: 200, run: () => () => exportDashboardCsv(editor, DashboardFilterSchema.parse({})) },
    { name: `claim search, common word`, target: 50, run: () => search(commonWord) },
    { name: 'claim search, rare word', target: 50, run: () => search(pickOf(rareWords)) },
    { name: 'claim search, common word, page 5', target: 50, run: () => search(commonWord, { page: '5' }) },
    { name: 'claim search, common word + status false', target: 50, run: () => search(commonWord, { status: 'false' }) },
    { name: 'claim search, common word + anonymous', target: 50, run: () => search(commonWord, { sourceType: 'anonymous' }) },
    { name: 'claim search, common word + unattributed', target: 50, run: () => search(commonWord, { sourceType: 'unattributed' }) },
    { name: 'claim search, common word + outlet', target: 50, run: () => search(commonWord, { outlet: `Outlet ${Math.floor(rand() * 40)}` }) },
    { name: 'claim search, rare word + status + outlet', target: 50, run: () => search(pickOf(rareWords), { status: 'true', outlet: 'Outlet 3' }) },
    { name: 'similar reviewed claims (one claim)', target: 50, run: () => { const id = pickOf(reviewed); return () => findSimilarReviewedClaims(admin, id); } },
    { name: 'source registry list (first page)', target: 50, run: () => () => listRegistrySources(admin, RegistryQuerySchema.parse({})) },
    { name: 'source registry list, name filter', target: 50, run: () => () => listRegistrySources(admin, RegistryQuerySchema.parse({ q: pickOf(['berg', 'sato', 'min', 'council']) })) },
    { name: 'source registry entry (random)', target: 50, run: () => { const id = pickOf(registryIds); return () => getRegistrySource(admin, id); } },
    { name: 'source registry entry (most cited)', target: 50, run: () => () => getRegistrySource(admin, mostCited) },
    { name: 'claim history (one claim)', target: 50, run: () => { const id = pickOf(reviewedClaimIds); return () => getClaimHistory(admin, id); } },
    { name: 'reader page data (DAL)', target: 50, run: () => { const slug = pickSlug(); return () => getPublishedArticle(slug); } },
    ] as Omit<Row, 'samples'>[]
  ).map((row) => ({ ...row, samples: [] }));
  // The server checkpoints the WAL on an idle timer between requests (db/client.ts); this loop never
  // leaves the event loop idle, so it does the same explicitly after each round, and times it.
  const checkpoint: Row = { name: 'WAL checkpoint between requests (per round)', target: 50, samples: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const row of rows) {
      const work = row.run!();
      row.samples.push(time(work));
    }
    checkpoint.samples.push(time(() => checkpointWal(db)));
  }
  rows.push(checkpoint);
  sql.exec('drop table temp.bench_vocab');

  // 3. The reader page over HTTP from the production server: first request of a page (cache miss), then again (hit).
  // BENCH_READER_HTTP=0 leaves it out (quick runs while working on the database: no production build).
  if (process.env.BENCH_READER_HTTP !== '0') {
    const reader = await timeReaderPages(file, Array.from({ length: RUNS }, pickSlug));
    rows.push({ name: 'reader page over HTTP, first request', target: 50, samples: reader.miss });
    rows.push({ name: 'reader page over HTTP, repeated request', target: 50, samples: reader.hit });
  }

  const counts = db.$client.prepare('select (select count(*) from articles) a, (select count(*) from claims) c, (select count(*) from claim_sources) l, (select count(*) from claim_history) h').get() as Record<string, number>;
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  console.log(`\nDatabase: ${counts.a.toLocaleString('en')} articles, ${counts.c.toLocaleString('en')} claims, ${counts.l.toLocaleString('en')} claim–source links, ${counts.h.toLocaleString('en')} history rows`);
  console.log(`${reuse ? "Reused" : `Built in ${buildSeconds.toFixed(0)} s`}; file size ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  summarise(rows);
  console.log(`\nPeak memory of the benchmark process (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  db.$client.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
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
