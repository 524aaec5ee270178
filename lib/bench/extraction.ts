// Extraction benchmark: builds >= 1,000 articles by recombining paragraphs of the extractor's own
// invented fixtures (lib/extract/fixtures) with varied names and numbers, from a fixed seed, and
// prints throughput, per-article latency and memory. Figures only, no assertions.
//
//   npx tsx lib/bench/extraction.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extract/index';

const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'extract', 'fixtures');
const ARTICLES = 1_200;
const SEED = 20_261_125;

/** Mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Lena', 'Omar', 'Priya', 'Tomas', 'Grace', 'Hugo', 'Ines', 'Kofi', 'Mara', 'Yuki', 'Dario', 'Selma'];
const LAST = ['Ortiz', 'Haddad', 'Varga', 'Berg', 'Mensah', 'Brandt', 'Okafor', 'Lind', 'Sato', 'Quental', 'Reyes', 'Novak'];

function words(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function buildCorpus(): string[] {
  const rand = rng(SEED);
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort()) {
    for (const block of readFileSync(join(FIXTURES, f), 'utf8').split(/\n\s*\n/)) {
      const b = block.trim();
      if (!b) continue;
      (/[.!?"”]$/.test(b) ? paragraphs : headings).push(b);
    }
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const corpus: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    // Vary names and numbers so articles differ; aim for roughly 400-1,600 words.
    const renames = new Map<string, string>();
    const vary = (p: string) =>
      p
        .replace(/\b\d+(?:\.\d+)?\b/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + rand())))))
        .replace(/\b(?:Okafor|Lowell|Baptiste|Otieno|Warsame|Sato|Brewer|Castellanos|Tallgrass|Mwangi|Natarajan|Quental)\b/g, (n) => {
          if (!renames.has(n)) renames.set(n, pick(LAST));
          return renames.get(n)!;
        })
        .replace(/\b(?:Daniel|Patricia|Lionel|Samuel|Abdi|Hana|Alan|Miriam|Ruth|Grace|Priya|Maria)\b/g, () => pick(FIRST));
    const parts = [pick(headings)];
    const target = 400 + Math.floor(rand() * 1200);
    let n = 0;
    while (n < target) {
      const p = vary(pick(paragraphs));
      parts.push(p);
      n += words(p);
      if (rand() < 0.1) parts.push(pick(headings));
    }
    corpus.push(parts.join('\n\n'));
  }
  return corpus;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function benchExtraction(): Promise<void> {
  const corpus = buildCorpus();
  for (const a of corpus.slice(0, 50)) extract(a); // warm-up (JIT)
  if (global.gc) global.gc();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let peakHeap = process.memoryUsage().heapUsed;
  const per1k: number[] = [];
  const per1kCpu: number[] = [];
  let totalWords = 0;
  let totalClaims = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < corpus.length; i++) {
    const a = corpus[i];
    const w = words(a);
    const s = performance.now();
    const c = process.cpuUsage();
    totalClaims += extract(a).claims.length;
    const ms = performance.now() - s;
    const cu = process.cpuUsage(c);
    per1k.push((ms * 1000) / w);
    per1kCpu.push(((cu.user + cu.system) / 1000) * (1000 / w));
    totalWords += w;
    if (i % 50 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
  const elapsed = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // CPU time is reported too: on a shared, loaded machine wall time understates single-core speed.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  per1k.sort((x, y) => x - y);
  per1kCpu.sort((x, y) => x - y);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  console.log(`extraction bench: ${corpus.length} articles, ${totalWords.toLocaleString('en-US')} words, ${totalClaims.toLocaleString('en-US')} claims`);
  console.log(`  words per second:          ${Math.round(totalWords / (elapsed / 1000)).toLocaleString('en-US')} wall-clock, ${Math.round(totalWords / (cpuMs / 1000)).toLocaleString('en-US')} per CPU-second`);
  console.log(`  ms per 1,000-word article: median ${percentile(per1k, 50).toFixed(2)}, p95 ${percentile(per1k, 95).toFixed(2)} wall-clock; median ${percentile(per1kCpu, 50).toFixed(2)}, p95 ${percentile(per1kCpu, 95).toFixed(2)} CPU`);
  console.log(`  peak memory:               RSS ${mb(peakRss)}, heap used ${mb(peakHeap)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchExtraction();
}
