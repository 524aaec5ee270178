import type { SourceType } from '@/lib/vocabulary';

// Titles that say nothing about who someone is: "Mr Obama" and "Obama" are one source.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'hon']);

// Lower-case words that belong to a name ("Ursula von der Leyen", "van Gogh"), not a description.
const NAME_PARTICLES = new Set(['al', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'du', 'la', 'le', 'ten', 'ter', 'van', 'von']);
// A lower-case lead-in holding one of these relates the name to something else ("officials at the
// Ministry", "a spokesman for Acme"): that is not a description of the named source, so it stays.
const RELATIONS = new Set(['at', 'by', 'for', 'from', 'in', 'of', 'on', 'to', 'with', 'and', 'or']);

/**
 * The name without a lower-case description before it: "the opposition Green Party" and "the
 * ruling Liberal Party" name the parties, "former mayor Jane Roe" names Jane Roe. Only words written
 * wholly in lower case before the first capitalised word count as a description, so a name given
 * all in lower case, or one that starts with a particle ("van Gogh"), is left as it is.
 */
function withoutDescriptor(name: string): string {
  const words = name.trim().split(/\s+/);
  const firstCapital = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (firstCapital <= 0) return name;
  const lead = words.slice(0, firstCapital);
  const isDescription = lead.every((w) => /^[\p{Ll}’'-]+$/u.test(w) && !RELATIONS.has(w) && !NAME_PARTICLES.has(w));
  return isDescription ? words.slice(firstCapital).join(' ') : name;
}

/**
 * The name a new registry entry is listed under: the source's name without a description before
 * it, keeping a leading "the" as written ("the opposition Green Party" is listed as "the Green Party").
 */
export function registryName(name: string, type: SourceType): string {
  if (type === 'anonymous') return name;
  const plain = withoutDescriptor(name);
  if (plain === name) return name;
  const article = /^the\s/.test(name.trim()) ? 'the ' : '';
  return `${article}${plain}`;
}

/**
 * What makes two names one registry source: lower case, no accents, no punctuation, no honorifics,
 * no leading "the" ("The Washington Post" = "Washington Post"), no lower-case description before
 * the name ("the opposition Green Party" = "Green Party"). Anonymous sources are scoped to
 * their article, because "officials" in two articles are rarely the same people (editors can
 * still merge them by hand when they know better).
 */
export function registryKey(name: string, type: SourceType, articleId: number): string {
  const words = (type === 'anonymous' ? name : withoutDescriptor(name))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && (HONORIFICS.has(words[0]) || words[0] === 'the')) words.shift();
  const key = words.join(' ');
  return type === 'anonymous' ? `${key} #${articleId}` : key;
}
