// Benchmark articles: paragraphs of the extractor's own invented fixtures (lib/extract/fixtures),
// recombined with varied names and numbers from a fixed seed, so every run measures the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'extract', 'fixtures');

/** Mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
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

export function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function fixtureParts(): { paragraphs: string[]; headings: string[] } {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort()) {
    for (const block of readFileSync(join(FIXTURES, f), 'utf8').split(/\n\s*\n/)) {
      const b = block.trim();
      if (b) (/[.!?"”]$/.test(b) ? paragraphs : headings).push(b);
    }
  }
  return { paragraphs, headings };
}

/** A generator of articles of roughly `minWords`..`maxWords` words each. */
export function articleGenerator(seed: number, minWords: number, maxWords: number): () => string {
  const rand = rng(seed);
  const { paragraphs, headings } = fixtureParts();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  return () => {
    const renames = new Map<string, string>();
    const vary = (p: string) =>
      p
        .replace(/\b\d+(?:\.\d+)?\b/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + rand())))))
        // Capitalised words after a title or first name become other surnames, consistently within an article.
        .replace(/\b(?:Mr|Ms|Mrs|Dr)\.? ([A-Z][a-z]+)\b/g, (m, name: string) => {
          if (!renames.has(name)) renames.set(name, pick(LAST));
          return m.replace(name, renames.get(name)!);
        })
        .replace(new RegExp(`\\b(?:${FIRST.join('|')})\\b`, 'g'), () => pick(FIRST));
    const parts = [pick(headings)];
    const target = minWords + Math.floor(rand() * (maxWords - minWords));
    let n = 0;
    while (n < target) {
      const p = vary(pick(paragraphs));
      parts.push(p);
      n += countWords(p);
      if (rand() < 0.1) parts.push(pick(headings));
    }
    return parts.join('\n\n');
  };
}
