// Finding a claim's quote in a publisher's page text: the embed's matching, kept free of the DOM so
// it can be tested on strings. The page's text differs from claimdesk's copy in small ways (its own
// whitespace, typographic quotes and dashes, words split across links and elements), so both sides
// are normalised first; an exact hit wins, disambiguated by the quote's prefix and suffix, and
// otherwise approx-string-match (Myers' bit-parallel algorithm, the one Hypothesis uses to re-anchor
// its annotations) finds the closest passage within a small edit budget.
import search from 'approx-string-match';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Normalised text and, for each of its characters, the index of the source character it came from. */
export interface NormalisedText {
  text: string;
  sourceIndex: number[];
}

const FOLDS: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '…': '...',
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};

/**
 * Lower case, typographic quotes, dashes and ellipses folded to ASCII, invisible characters dropped,
 * every run of whitespace one space. `sourceIndex` maps each output character back.
 */
export function normalise(source: string): NormalisedText {
  let text = '';
  const sourceIndex: number[] = [];
  let lastWasSpace = true; // no leading space
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      if (!lastWasSpace) {
        text += ' ';
        sourceIndex.push(i);
        lastWasSpace = true;
      }
      continue;
    }
    const folded = (FOLDS[ch] ?? ch).toLowerCase();
    for (const out of folded) {
      text += out;
      sourceIndex.push(i);
    }
    if (folded.length > 0) lastWasSpace = false;
  }
  return { text, sourceIndex };
}

function trimmed(text: string): string {
  return normalise(text).text.trim();
}

/** How many characters two strings share at their ends (prefix: the ends that touch the quote). */
function sharedSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function sharedPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds `quote` in `page` (already normalised): the [start, end) of the normalised page text, or null.
 * `hint` is where in the page (0..1) the quote is expected, a tie-breaker between equal candidates.
 */
export function matchQuote(page: string, quote: TextQuote, hint = 0.5): { start: number; end: number } | null {
  const exact = trimmed(quote.exact);
  if (exact.length === 0) return null;
  const prefix = trimmed(quote.prefix);
  const suffix = trimmed(quote.suffix);

  const candidates: { start: number; end: number; errors: number }[] = [];
  for (let at = page.indexOf(exact); at !== -1; at = page.indexOf(exact, at + 1)) {
    candidates.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (candidates.length === 0) {
    // A tenth of the quote may differ: enough for an edited word or two, too little to land on another sentence.
    const maxErrors = Math.min(64, Math.floor(exact.length / 10));
    if (maxErrors === 0) return null;
    candidates.push(...search(page, exact, maxErrors));
  }
  if (candidates.length === 0) return null;

  let best: { start: number; end: number } | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const before = page.slice(Math.max(0, c.start - prefix.length - 1), c.start).trimEnd();
    const after = page.slice(c.end, c.end + suffix.length + 1).trimStart();
    const context = sharedSuffixLength(before, prefix) + sharedPrefixLength(after, suffix);
    const distance = Math.abs(c.start / Math.max(1, page.length) - hint);
    const score = context * 2 - c.errors * 10 - distance;
    if (score > bestScore) {
      bestScore = score;
      best = { start: c.start, end: c.end };
    }
  }
  return best;
}
