// Finds reviewed claims of an article's old text again in a new version of the text, so that a
// re-import keeps their reviews. Pure: no database, no Next.js; the re-import transaction calls it.
//
// 1. Exact: the claim's words occur in the new text. Among several occurrences, the one whose
//    surroundings best match the stored prefix/suffix wins, then the one nearest the old place.
// 2. Fuzzy: otherwise the new sentence (or newly extracted claim) with the most words in common,
//    by Dice similarity of word sets, when it reaches FUZZY_THRESHOLD.
// 3. The span found is then matched to the new extraction's claim that covers most of it.
// No two old claims are given the same place in the new text.
import { wordSet } from '@/lib/extract/duplicates';
import { segmentBlocks, splitSentences } from '@/lib/extract/segment';

/** Share of words two sentences must have in common to count as the same sentence, edited. */
export const FUZZY_THRESHOLD = 0.6;
/** Share of the longer span two spans must have in common to count as the same claim: low enough
 * that a sentence the extractor now cuts in two continues as its larger part. */
const SAME_CLAIM_OVERLAP = 0.4;

/** A claim as stored: its span in the old text, its words, and the context lib/articles/anchors.ts kept. */
export interface AnchoredClaim {
  start: number;
  end: number;
  text: string;
  anchorPrefix: string;
  anchorSuffix: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Reanchoring {
  /** How the claim was found: its exact words, or a similar sentence. */
  match: 'exact' | 'fuzzy';
  /** Where the claim now is: the matched new claim's span when there is one. */
  start: number;
  end: number;
  /** Index into the new claims of the claim this old one continues as, or null when none covers it. */
  claim: number | null;
  /** 1 for exact matches; the word-set similarity for fuzzy ones. */
  similarity: number;
}

/**
 * For each old claim, where it is in `newText` (null: it is gone, an orphan). `oldLength` is the
 * length of the old text, to tell which of several equal places is nearest the old one.
 */
export function reanchorClaims(
  oldClaims: readonly AnchoredClaim[],
  oldLength: number,
  newText: string,
  newClaims: readonly Span[],
): (Reanchoring | null)[] {
  const taken = new TakenSpans();
  const isFree = (s: Span) => taken.isFree(s);
  const found: ({ match: 'exact' | 'fuzzy'; span: Span; similarity: number } | null)[] = oldClaims.map(() => null);
  const expected = (c: AnchoredClaim) => (oldLength > 0 ? (c.start / oldLength) * newText.length : c.start);

  // 1. Exact. Candidates best-first across all claims, so a well-anchored claim is not robbed of
  // its place by a repeated wording placed earlier in the text.
  const exact: { index: number; span: Span; context: number; distance: number }[] = [];
  oldClaims.forEach((c, index) => {
    if (!c.text.trim()) return;
    for (let at = newText.indexOf(c.text); at !== -1; at = newText.indexOf(c.text, at + 1)) {
      const span = { start: at, end: at + c.text.length };
      const context =
        commonSuffix(c.anchorPrefix, newText.slice(Math.max(0, at - c.anchorPrefix.length), at)) +
        commonPrefix(c.anchorSuffix, newText.slice(span.end, span.end + c.anchorSuffix.length));
      exact.push({ index, span, context, distance: Math.abs(at - expected(c)) });
    }
  });
  exact.sort((a, b) => b.context - a.context || a.distance - b.distance || a.index - b.index);
  for (const e of exact) {
    if (found[e.index] || !isFree(e.span)) continue;
    found[e.index] = { match: 'exact', span: e.span, similarity: 1 };
    taken.add(e.span);
  }

  // 2. Fuzzy, for the rest: sentences of the new text and the new claims are the candidates.
  const missing = oldClaims.map((_, i) => i).filter((i) => !found[i]);
  if (missing.length > 0) {
    const candidates = dedupeSpans([...sentenceSpans(newText), ...newClaims]).map((span) => ({ span, words: wordSet(newText.slice(span.start, span.end)) }));
    const fuzzy: { index: number; span: Span; similarity: number; distance: number }[] = [];
    for (const index of missing) {
      const words = wordSet(oldClaims[index].text);
      for (const candidate of candidates) {
        const similarity = dice(words, candidate.words);
        if (similarity >= FUZZY_THRESHOLD) fuzzy.push({ index, span: candidate.span, similarity, distance: Math.abs(candidate.span.start - expected(oldClaims[index])) });
      }
    }
    fuzzy.sort((a, b) => b.similarity - a.similarity || a.distance - b.distance || a.index - b.index);
    for (const f of fuzzy) {
      if (found[f.index] || !isFree(f.span)) continue;
      found[f.index] = { match: 'fuzzy', span: f.span, similarity: f.similarity };
      taken.add(f.span);
    }
  }

  // 3. Which new claim each found span continues as: most overlap first, one old claim per new claim.
  const pairs: { index: number; claim: number; overlap: number }[] = [];
  const claimsOverlapping = overlapFinder(newClaims);
  found.forEach((f, index) => {
    if (!f) return;
    for (const claim of claimsOverlapping(f.span)) {
      const n = newClaims[claim];
      const overlap = Math.min(f.span.end, n.end) - Math.max(f.span.start, n.start);
      const share = overlap / Math.max(f.span.end - f.span.start, n.end - n.start);
      if (share >= SAME_CLAIM_OVERLAP) pairs.push({ index, claim, overlap: share });
    }
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.index - b.index);
  const claimOf = new Map<number, number>();
  const usedClaims = new Set<number>();
  for (const p of pairs) {
    if (claimOf.has(p.index) || usedClaims.has(p.claim)) continue;
    claimOf.set(p.index, p.claim);
    usedClaims.add(p.claim);
  }

  return found.map((f, index) => {
    if (!f) return null;
    const claim = claimOf.get(index) ?? null;
    const span = claim === null ? f.span : newClaims[claim];
    return { match: f.match, start: span.start, end: span.end, claim, similarity: f.similarity };
  });
}

/** Every sentence of every line of the text, by the extractor's own splitter. */
function sentenceSpans(text: string): Span[] {
  return segmentBlocks(text).flatMap((b) => splitSentences(text, b.start, b.end).map(([start, end]) => ({ start, end })));
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Places already given out, kept sorted by start; they never overlap each other. Checking a span
 * is a binary search: testing every place taken was quadratic with ~14,000 claims.
 */
class TakenSpans {
  private readonly spans: Span[] = [];

  /** Index of the first span that starts at or after `start`. */
  private firstFrom(start: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid].start < start) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  isFree(s: Span): boolean {
    const i = this.firstFrom(s.start);
    const before = this.spans[i - 1];
    const after = this.spans[i];
    // Non-overlapping and sorted: only the neighbours can overlap. (An empty span at another's start overlaps nothing.)
    return (!before || before.end <= s.start) && (!after || s.end <= after.start || s.start >= after.end);
  }

  add(s: Span): void {
    this.spans.splice(this.firstFrom(s.start), 0, s);
  }
}

/**
 * The indexes of the spans that share at least one character with a given span, in index order.
 * The extractor's claims come sorted and apart, which allows a binary search; any other input is
 * scanned in full.
 */
function overlapFinder(spans: readonly Span[]): (span: Span) => number[] {
  const sortedApart = spans.every((s, i) => i === 0 || spans[i - 1].end <= s.start);
  if (!sortedApart) return (span) => spans.flatMap((s, i) => (s.start < span.end && span.start < s.end ? [i] : []));
  return (span) => {
    // First span that ends after `span` starts; ends are sorted because the spans are apart.
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[mid].end <= span.start) low = mid + 1;
      else high = mid;
    }
    const out: number[] = [];
    for (let i = low; i < spans.length && spans[i].start < span.end; i++) out.push(i);
    return out;
  };
}
