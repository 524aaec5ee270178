// Marks a claim that repeats an earlier one: same or near-same words (Jaccard >= 0.8 on word
// sets), or a short claim wholly contained in a longer earlier/later restatement.
import { DUPLICATE_STOP_WORDS } from './lexicon';

export function wordSet(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

function containment(small: Set<string>, big: Set<string>): number {
  let inter = 0;
  for (const w of small) if (big.has(w)) inter++;
  return small.size === 0 ? 0 : inter / small.size;
}


/** For each claim text, the index of the earliest earlier claim it repeats, or null. */
export function findDuplicates(texts: readonly string[]): Array<number | null> {
  const sets = texts.map(wordSet);
  // Index content words to candidate claims so the pass stays near-linear on long articles;
  // exact repeats (same word set) are found by key and not indexed again.
  const byWord = new Map<string, number[]>();
  const byKey = new Map<string, number>();
  const out: Array<number | null> = [];
  for (let i = 0; i < sets.length; i++) {
    const key = [...sets[i]].sort().join(' ');
    const same = byKey.get(key);
    if (same !== undefined && sets[i].size > 0) {
      out.push(same);
      continue;
    }
    byKey.set(key, i);
    const counts = new Map<number, number>();
    for (const w of sets[i]) {
      if (DUPLICATE_STOP_WORDS.has(w)) continue;
      for (const j of byWord.get(w) ?? []) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    let dup: number | null = null;
    for (const [j, shared] of counts) {
      if (shared < 3) continue;
      const a = sets[i];
      const b = sets[j];
      const near = jaccard(a, b) >= 0.8;
      const small = a.size <= b.size ? a : b;
      const big = a.size <= b.size ? b : a;
      const contained = small.size >= 6 && containment(small, big) >= 0.9;
      if ((near || contained) && (dup === null || j < dup)) dup = j;
    }
    out.push(dup);
    for (const w of sets[i]) {
      if (DUPLICATE_STOP_WORDS.has(w)) continue;
      const list = byWord.get(w);
      if (list) {
        if (list.length < 200) list.push(i);
      } else byWord.set(w, [i]);
    }
  }
  return out;
}
