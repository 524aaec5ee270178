// Extraction benchmark: builds 1,200 articles of 400-1,600 words from the extractor's own invented
// fixtures (lib/bench/corpus.ts), from a fixed seed, and prints throughput, per-article latency and memory. Figures only, no assertions.
//
//   npx tsx lib/bench/extraction.ts
import { fileURLToPath } from 'node:url';
import { extract } from '../extract/index';
import { articleGenerator, countWords as words } from './corpus';
import { percentile } from './percentile';

const ARTICLES = 1_200;
const SEED = 20_261_125;

function buildCorpus(): string[] {
  const next = articleGenerator(SEED, 400, 1600);
  return Array.from({ length: ARTICLES }, next);
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
