// Turns what people type into SQLite FTS5 queries that mean only "these words". FTS5 has its own
// syntax (AND/OR/NOT/NEAR, column filters "text:", prefixes "*", initial-token "^", parentheses),
// and a stray quote makes MATCH throw; so user input is never passed through: every word becomes
// a quoted string, which FTS5 reads as a literal term.

/** Most words of a query that are searched for; the rest are ignored, to bound the query's cost. */
export const MAX_QUERY_TERMS = 16;

// Letters, combining marks and digits: the same characters the unicode61 tokenizer keeps in a token.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * A safe FTS5 query for the words of `input`, or null when it has none. Text in double quotes
 * stays a phrase ("new pipes"); other words are separate terms, all required (`all`) or any
 * one enough (`any`).
 */
export function toFtsQuery(input: string, { mode = 'all' }: { mode?: 'all' | 'any' } = {}): string | null {
  const terms: string[] = [];
  // Phrases first; an unpaired quote is just a character between words.
  const rest = input.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = phrase.match(WORD);
    if (words) terms.push(quote(words.join(' ')));
    return ' ';
  });
  for (const word of rest.match(WORD) ?? []) terms.push(quote(word));
  const unique = [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
  if (unique.length === 0) return null;
  return unique.join(mode === 'all' ? ' AND ' : ' OR ');
}

// Words that say nothing about what a claim is about: function words, and the attribution verbs
// nearly every claim has.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i
  if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she
  should so some such than that the their theirs them themselves then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours
  said says say told tell tells according added adding stated claimed reported reports noted explained announced
  mr mrs ms dr per cent one two three year years last first new week month day today yesterday monday tuesday wednesday thursday
  friday saturday sunday`.split(/\s+/),
);

/** The words of a claim that tell what it is about, longest (most specific) first. */
export function salientTerms(text: string, max = 12): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []).filter((w) => !STOPWORDS.has(w) && (w.length >= 3 || /^\d+$/.test(w)));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, max);
}

/** Share of salient words two claims have in common (Dice), with plural and tense endings ignored. */
export function termSimilarity(a: readonly string[], b: readonly string[]): number {
  const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '');
  const sa = new Set(a.map(stem));
  const sb = new Set(b.map(stem));
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

// Private-use characters mark the matches in FTS5 snippets: they cannot come from article text
// the way "<b>" could, and the page turns them into <mark> elements, never into HTML.
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

/** Cuts a snippet into plain runs and matched runs, for rendering as text and <mark>. */
export function splitHighlights(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  snippet.split(HIT_START).forEach((piece, i) => {
    const end = i === 0 ? -1 : piece.indexOf(HIT_END);
    const hit = end === -1 ? '' : piece.slice(0, end);
    const after = (end === -1 ? piece : piece.slice(end + 1)).replaceAll(HIT_END, '');
    if (hit) parts.push({ text: hit, hit: true });
    if (after) parts.push({ text: after, hit: false });
  });
  return parts;
}
