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

export function tokenize(text: string, start: number, end: number, quotes: readonly QuoteRegion[]): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  let q = 0;
  for (const m of slice.matchAll(TOKEN_RE)) {
    const s = start + (m.index ?? 0);
    const t = m[0];
    while (q < quotes.length && quotes[q].close < s) q++;
    const quoted = q < quotes.length && quotes[q].open < s && s < quotes[q].close;
    const word = /^[\p{L}\p{N}]/u.test(t);
    let lower = t.toLowerCase();
    let possessive = false;
    if (word && /['’]s$/i.test(t)) {
      lower = lower.slice(0, -2);
      possessive = true;
    } else if (word && /s['’]$/.test(t)) {
      possessive = true;
    }
    out.push({ text: t, lower, start: s, end: s + t.length, word, cap: word && /^\p{Lu}/u.test(t), possessive, quoted, idx: out.length });
  }
  return out;
}

export const isBoundary = (t: Tok): boolean => !t.word;
