// Word and punctuation tokens with absolute offsets. Every rule works on tokens rather than on
// regexes over whole sentences, which keeps the passes linear and the offsets exact.
import type { QuoteRegion } from './segment';

export interface Tok {
  text: string;
  /** Lower case, possessive 's removed ("Trump’s" → "trump"). */
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  possessive: boolean;
  /** Inside a quotation (the quote marks themselves are not). */
  quoted: boolean;
  /** Position in the token array it came from. */
  idx: number;
}

const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-.&]*[\p{L}\p{N}\p{M}])?|--|[,;:—–()“”"«»\[\]]/gu;

const PUNCT = new Set(['--', ',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '«', '»', '[', ']']);

export function tokenize(text: string, start: number, end: number, quotes: readonly QuoteRegion[]): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  let q = 0;
  for (const m of slice.matchAll(TOKEN_RE)) {
    const s = start + (m.index ?? 0);
    const t = m[0];
    while (q < quotes.length && quotes[q].close < s) q++;
    const quoted = q < quotes.length && quotes[q].open < s && s < quotes[q].close;
    // Plain character tests instead of per-token regexes: this loop is the hottest in the extractor.
    const word = !PUNCT.has(t);
    let lower = t.toLowerCase();
    let possessive = false;
    const n = t.length;
    if (word && n > 2) {
      const last = lower[n - 1];
      const prev = lower[n - 2];
      if (last === 's' && (prev === "'" || prev === '’')) {
        lower = lower.slice(0, -2);
        possessive = true;
      } else if (last === "'" || last === '’') {
        possessive = prev === 's';
      }
    }
    const c0 = t[0];
    const cap = word && c0 !== lower[0] && c0 === c0.toUpperCase();
    out.push({ text: t, lower, start: s, end: s + n, word, cap, possessive, quoted, idx: out.length });
  }
  return out;
}

