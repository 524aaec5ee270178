// npm run loadtest [-- --duration 25 --readers 8 --checkers 4 --editors 1 --port 3620]
//
// Serves the production build on a temporary database (demo data plus imported, published
// articles) and drives it from this process with a newsroom's mix: readers on /a/<slug>,
// fact-checkers changing the statuses of a few shared claims (409 → take the current version,
// retry), editors loading sourcing reports. Each simulated user waits a while between requests
// (readers 0.25–0.75 s, fact-checkers 0.3–0.9 s, editors 1–2 s) like a person would: with the
// defaults that offers about 30 requests/s, a busy newsroom, rather than saturating the server. Prints requests/s and latency per route, then checks
// that no acknowledged status change was lost. Exits 1 on errors or lost updates; the latency
// targets are reported, not enforced, since the machine is shared.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLAIM_STATUSES } from '../../db/schema';
import { percentile } from '../bench/percentile';
import { ensureBuild } from '../cli/ensure-build';
import { integrityProblems, missingAcknowledged, versionHistoryMismatches, withDatabase } from './check-database';
import { articleText, killServer, prepareDatabase, root, startServer, tempDir, type RunningServer } from './harness';
import type { ReviewAck } from './write-driver';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '25' },
    warmup: { type: 'string', default: '3' },
    readers: { type: 'string', default: '8' },
    checkers: { type: 'string', default: '4' },
    editors: { type: 'string', default: '1' },
    port: { type: 'string', default: '3620' },
  },
});
const num = (name: keyof typeof options) => {
  const value = Number(options[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
};
const DURATION_S = num('duration');
const WARMUP_S = num('warmup');
const TARGETS = { reader: 50, review: 100 } as const;

type RouteName = 'GET /a/[slug]' | 'PATCH /api/claims/[id]' | 'GET /api/articles/[id]/report';

class Stats {
  readonly latencies = new Map<RouteName, number[]>();
  errors: string[] = [];
  errorCount = 0;
  conflicts = 0;
  retriesExhausted = 0;
  acknowledged = 0;

  record(route: RouteName, ms: number): void {
    const list = this.latencies.get(route) ?? [];
    list.push(ms);
    this.latencies.set(route, list);
  }

  error(message: string): void {
    this.errorCount++;
    if (this.errors.length < 10) this.errors.push(message);
  }
}

let stats = new Stats();
/** Every acknowledged status change, warm-up included: the final state is checked against all of them. */
const acks: ReviewAck[] = [];
let server: RunningServer | undefined;
let noteCounter = 0;

async function request(route: RouteName, url: string, init: RequestInit, ok: number[]): Promise<{ status: number; body: string } | null> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    stats.record(route, performance.now() - started);
    if (!ok.includes(response.status)) {
      stats.error(`${route} ${response.status}: ${body.slice(0, 160)}`);
      return null;
    }
    return { status: response.status, body };
  } catch (error) {
    stats.error(`${route} dropped: ${(error as Error).message}`);
    return null;
  }
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const think = (min: number, max: number) => new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));

interface Fixture {
  url: string;
  checker: string;
  editor: string;
  slugs: string[];
  articleIds: number[];
  claims: { id: number; version: number; status: string }[];
}

async function reader(f: Fixture, until: number): Promise<void> {
  while (Date.now() < until) {
    await request('GET /a/[slug]', `${f.url}/a/${pick(f.slugs)}`, {}, [200]);
    await think(250, 750);
  }
}

async function editor(f: Fixture, until: number): Promise<void> {
  while (Date.now() < until) {
    await request('GET /api/articles/[id]/report', `${f.url}/api/articles/${pick(f.articleIds)}/report`, { headers: { Authorization: `Bearer ${f.editor}` } }, [200]);
    await think(1000, 2000);
  }
}

/** A fact-checker with their own, possibly stale, view of the shared claims. */
async function checker(f: Fixture, until: number, who: number): Promise<void> {
  const seen = new Map(f.claims.map((c) => [c.id, { version: c.version, status: c.status }]));
  while (Date.now() < until) {
    const claimId = pick(f.claims).id;
    for (let attempt = 0; ; attempt++) {
      if (attempt === 5) {
        stats.retriesExhausted++;
        break;
      }
      const known = seen.get(claimId)!;
      const status = pick(CLAIM_STATUSES.filter((s) => s !== known.status));
      const note = `load-c${who}-${++noteCounter}`;
      const answer = await request(
        'PATCH /api/claims/[id]',
        `${f.url}/api/claims/${claimId}`,
        { method: 'PATCH', headers: { Authorization: `Bearer ${f.checker}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ status, note, version: known.version }) },
        [200, 409],
      );
      if (!answer) break;
      if (answer.status === 200) {
        const state = JSON.parse(answer.body) as { version: number; status: string };
        stats.acknowledged++;
        acks.push({ claimId, version: state.version, status: state.status, note, sentAt: 0, ackedAt: Date.now() });
        seen.set(claimId, { version: state.version, status: state.status });
        break;
      }
      // 409: someone else changed it; the answer carries the current state, so re-read from it and retry.
      stats.conflicts++;
      const current = (JSON.parse(answer.body) as { error: { details: { current: { version: number; status: string } } } }).error.details.current;
      seen.set(claimId, { version: current.version, status: current.status });
    }
    await think(300, 900);
  }
}

async function run(f: Fixture, seconds: number): Promise<number> {
  const started = performance.now();
  const until = Date.now() + seconds * 1000;
  await Promise.all([
    ...Array.from({ length: num('readers') }, () => reader(f, until)),
    ...Array.from({ length: num('checkers') }, (_, i) => checker(f, until, i)),
    ...Array.from({ length: num('editors') }, () => editor(f, until)),
  ]);
  return (performance.now() - started) / 1000;
}

async function setUp(): Promise<{ fixture: Fixture; databaseFile: string; log: string }> {
  ensureBuild(root);
  const dir = tempDir('loadtest');
  const databaseFile = join(dir, 'claimdesk.db');
  const log = join(dir, 'server.log');
  const tokens = prepareDatabase(databaseFile);
  server = await startServer(databaseFile, num('port'), log);
  const url = server.url;
  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  for (let n = 1; n <= 6; n++) await api(tokens.checker, 'POST', '/api/articles', { title: `Load test article ${n}`, text: articleText(n), outlet: 'Load Test Times' });
  const { articles } = (await api(tokens.checker, 'GET', '/api/articles')) as { articles: { id: number }[] };
  const slugs: string[] = [];
  for (const a of articles) slugs.push(((await api(tokens.editor, 'POST', `/api/articles/${a.id}/publish`)) as { slug: string }).slug);
  // Twelve claims from three articles, shared by every fact-checker: conflicts are expected.
  const claims: Fixture['claims'] = [];
  for (const a of articles.slice(0, 3)) {
    const article = (await api(tokens.checker, 'GET', `/api/articles/${a.id}`)) as { claims: { id: number; version: number; status: string }[] };
    claims.push(...article.claims.slice(0, 4).map(({ id, version, status }) => ({ id, version, status })));
  }
  return { fixture: { url, ...tokens, slugs, articleIds: articles.map((a) => a.id), claims }, databaseFile, log };
}

/** CPU seconds the process has used (Linux /proc; clock ticks are 1/100 s there), or null elsewhere. */
function cpuSeconds(pid: number): number | null {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Acknowledged status changes that are not in the final state or the history. */
function lostUpdates(databaseFile: string, f: Fixture): { lost: string[]; unacknowledgedApplied: string[]; integrity: string[] } {
  return withDatabase(databaseFile, (db) => {
    const lost = missingAcknowledged(db, [], acks);
    const integrity = [...integrityProblems(db), ...versionHistoryMismatches(db)];
    const unacknowledgedApplied: string[] = [];
    const state = db.prepare('SELECT version, status, note FROM claims WHERE id = ?');
    for (const claim of f.claims) {
      const mine = acks.filter((a) => a.claimId === claim.id).sort((a, b) => a.version - b.version);
      for (let i = 1; i < mine.length; i++) {
        // Two acknowledged changes made from the same version: one overwrote the other.
        if (mine[i].version === mine[i - 1].version) lost.push(`claim ${claim.id}: two changes acknowledged as version ${mine[i].version}`);
      }
      const final = state.get(claim.id) as { version: number; status: string; note: string };
      const last = mine.at(-1);
      const lastVersion = last?.version ?? claim.version;
      if (final.version > lastVersion) unacknowledgedApplied.push(`claim ${claim.id} is at version ${final.version}, beyond the last acknowledged ${lastVersion}`);
      else if (final.version < lastVersion) lost.push(`claim ${claim.id} is at version ${final.version}, before the acknowledged ${lastVersion}`);
      else if (last && (final.status !== last.status || final.note !== last.note)) lost.push(`claim ${claim.id} ends as ${final.status}/${final.note}, not the last acknowledged ${last.status}/${last.note}`);
    }
    return { lost, unacknowledgedApplied, integrity };
  });
}

async function main(): Promise<number> {
  const { fixture, databaseFile, log } = await setUp();
  console.log(`Server ${fixture.url} on ${databaseFile} (log: ${log}); ${fixture.slugs.length} published articles, ${fixture.claims.length} shared claims`);
  console.log(`Warm-up ${WARMUP_S} s (not counted), then ${DURATION_S} s with ${num('readers')} readers, ${num('checkers')} fact-checkers, ${num('editors')} editors`);
  await run(fixture, WARMUP_S);
  const warmupErrors = stats.errors;
  stats = new Stats();
  const cpuBefore = cpuSeconds(server!.process.pid!);
  const elapsed = await run(fixture, DURATION_S);
  const cpuAfter = cpuSeconds(server!.process.pid!);
  await killServer(server!, 'SIGTERM');
  server = undefined;

  const total = [...stats.latencies.values()].reduce((n, l) => n + l.length, 0);
  console.log(`\n${total} requests in ${elapsed.toFixed(1)} s: ${(total / elapsed).toFixed(1)} requests/s`);
  // Latency depends on what else runs on the machine; the server's own CPU time per request does not.
  const cpu = cpuBefore !== null && cpuAfter !== null ? `; server CPU ${(((cpuAfter - cpuBefore) / total) * 1000).toFixed(1)} ms per request, ${(((cpuAfter - cpuBefore) / elapsed) * 100).toFixed(0)}% of one core` : '';
  console.log(`machine load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores${cpu}`);
  console.log(`${'route'.padEnd(32)} ${'count'.padStart(6)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}`);
  const p95: Partial<Record<RouteName, number>> = {};
  for (const [route, list] of stats.latencies) {
    const sorted = [...list].sort((a, b) => a - b);
    p95[route] = percentile(sorted, 95);
    const cells = [percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.at(-1)!].map((v) => v.toFixed(1).padStart(7));
    console.log(`${route.padEnd(32)} ${String(list.length).padStart(6)} ${(list.length / elapsed).toFixed(1).padStart(7)} ${cells.join(' ')}`);
  }

  const { lost, unacknowledgedApplied, integrity } = lostUpdates(databaseFile, fixture);
  console.log(`\nstatus changes acknowledged: ${stats.acknowledged}; 409 conflicts (re-read and retried): ${stats.conflicts}; gave up after 5 conflicts: ${stats.retriesExhausted}`);
  console.log(`errors (5xx, dropped, unexpected status): ${stats.errorCount}${warmupErrors.length ? `; during warm-up: ${warmupErrors.length}` : ''}`);
  for (const e of [...warmupErrors, ...stats.errors]) console.log(`  ${e}`);
  console.log(`lost updates: ${lost.length}`);
  for (const l of lost.slice(0, 10)) console.log(`  ${l}`);
  if (unacknowledgedApplied.length) console.log(`changes applied without an acknowledgement (a dropped answer): ${unacknowledgedApplied.length}`);
  if (integrity.length) console.log(`database problems: ${integrity.slice(0, 10).join('; ')}`);
  const target = (name: string, value: number | undefined, limit: number) =>
    `${name} p95 ${value === undefined ? 'n/a' : `${value.toFixed(1)} ms`} (target < ${limit} ms: ${value !== undefined && value < limit ? 'met' : 'MISSED'})`;
  console.log(`${target('reader pages', p95['GET /a/[slug]'], TARGETS.reader)}; ${target('status changes', p95['PATCH /api/claims/[id]'], TARGETS.review)}`);

  const failed = stats.errorCount > 0 || warmupErrors.length > 0 || lost.length > 0 || unacknowledgedApplied.length > 0 || integrity.length > 0 || stats.acknowledged === 0;
  console.log(failed ? 'LOAD TEST FAILED' : 'Load test passed: no errors, no lost updates');
  return failed ? 1 : 0;
}

process.exitCode = await main().catch(async (error) => {
  console.error(error);
  return 1;
});
if (server) await killServer(server, 'SIGKILL');
