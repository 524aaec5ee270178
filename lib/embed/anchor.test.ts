import { describe, expect, it } from 'vitest';
import { matchQuote, normalise } from './anchor';

const PAGE = `Harbour  Tunnel   Delayed

The tunnel will open in 2028, \u201ctwo years later than planned,\u201d the mayor\u2019s office said on Monday.
ADVERTISEMENT  Subscribe today
Officials said the tunnel would open in 2028. Engineers said the cost rose to \u20ac900 million \u2014 a third more.`;

function find(page: string, quote: { exact: string; prefix: string; suffix: string }, hint?: number): string | null {
  const { text, sourceIndex } = normalise(page);
  const match = matchQuote(text, quote, hint);
  return match && page.slice(sourceIndex[match.start], sourceIndex[match.end - 1] + 1);
}

describe('normalise', () => {
  it('folds quotes, dashes and whitespace and maps every character back to its source', () => {
    const { text, sourceIndex } = normalise('  A\u00a0\u201cquote\u201d\n\t\u2014 b\u2026');
    expect(text).toBe('a "quote" - b...');
    expect(sourceIndex).toHaveLength(text.length);
    expect(sourceIndex[0]).toBe(2);
    expect(sourceIndex.at(-1)).toBe(16);
  });
});

describe('matchQuote', () => {
  it('finds a quote written with straight quotes in a page with typographic ones and other whitespace', () => {
    const found = find(PAGE, { exact: `The tunnel will open in 2028, "two years later than planned," the mayor's office said`, prefix: 'Harbour Tunnel Delayed\n\n', suffix: ' on Monday.' });
    expect(found).toBe('The tunnel will open in 2028, \u201ctwo years later than planned,\u201d the mayor\u2019s office said');
  });

  it('tells repeated passages apart by their prefix and suffix', () => {
    const { text, sourceIndex } = normalise('It rose. Officials said it rose. Later, officials said it rose again.');
    const match = matchQuote(text, { exact: 'officials said it rose', prefix: 'Later, ', suffix: ' again.' })!;
    expect(sourceIndex[match.start]).toBe('It rose. Officials said it rose. Later, '.length);
  });

  it('finds a quote the publisher edited slightly', () => {
    const found = find(PAGE, { exact: 'Engineers said the cost had risen to \u20ac900 million - a third more.', prefix: 'open in 2028. ', suffix: '' });
    expect(found).toBe('Engineers said the cost rose to \u20ac900 million \u2014 a third more.');
  });

  it('returns null for a quote that is not on the page, rather than the nearest sentence', () => {
    expect(find(PAGE, { exact: 'The council approved a new ferry terminal on the east bank.', prefix: '', suffix: '' })).toBeNull();
  });
});
