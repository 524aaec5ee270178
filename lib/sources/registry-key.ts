import type { SourceType } from '@/lib/vocabulary';

// Titles that say nothing about who someone is: "Mr Obama" and "Obama" are one source.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'hon']);

/**
 * What makes two names one registry source: lower case, no accents, no punctuation, no honorifics,
 * no leading "the" ("The Washington Post" = "Washington Post"). Anonymous sources are scoped to
 * their article, because "officials" in two articles are rarely the same people (editors can
 * still merge them by hand when they know better).
 */
export function registryKey(name: string, type: SourceType, articleId: number): string {
  const words = name
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
