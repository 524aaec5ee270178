import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HIT_END, HIT_START, MAX_QUERY_TERMS, salientTerms, splitHighlights, termSimilarity, toFtsQuery } from './search-query';

describe('toFtsQuery', () => {
  it('quotes every word and requires all of them', () => {
    expect(toFtsQuery('water rates')).toBe('"water" AND "rates"');
    expect(toFtsQuery('water rates', { mode: 'any' })).toBe('"water" OR "rates"');
  });

  it('keeps double-quoted phrases as phrases', () => {
    expect(toFtsQuery('"new pipes" Park')).toBe('"new pipes" AND "Park"');
  });

  it('turns FTS5 syntax into plain words', () => {
    expect(toFtsQuery('pipes OR NOT rates')).toBe('"pipes" AND "OR" AND "NOT" AND "rates"');
    expect(toFtsQuery('text:pipes* ^board NEAR(a b) -x')).toBe('"text" AND "pipes" AND "board" AND "NEAR" AND "a" AND "b" AND "x"');
    expect(toFtsQuery('unpaired " quote')).toBe('"unpaired" AND "quote"');
    expect(toFtsQuery('Zürich café 2025')).toBe('"Zürich" AND "café" AND "2025"');
  });

  it('gives null when nothing searchable is left, and caps the number of terms', () => {
    for (const input of ['', '   ', '"', '***', '()', '""']) expect(toFtsQuery(input)).toBeNull();
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(toFtsQuery(many)?.split(' AND ')).toHaveLength(MAX_QUERY_TERMS);
  });

  it('never makes FTS5 throw, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2'); INSERT INTO t VALUES ('The board raised water rates to pay for new pipes.');`);
    const search = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    const nasty = ['"', 'a"b', 'NEAR(', ') OR (', 'text:', '*', '^', 'AND', 'NOT NOT', "'; DROP TABLE t; --", 'col : x', '\u0000', '{a b}: c', '"a" + "b"'];
    for (const input of nasty) {
      const query = toFtsQuery(input);
      if (query !== null) expect(() => search.get(query)).not.toThrow();
    }
    // The raw input would have thrown, which is the point of quoting.
    expect(() => search.get('a"b')).toThrow();
    expect((search.get(toFtsQuery('pipe RATES')) as { n: number }).n).toBe(1);
    expect((search.get(toFtsQuery('"rates water"')) as { n: number }).n).toBe(0);
  });
});

describe('salientTerms and termSimilarity', () => {
  it('keeps the words that tell what a claim is about', () => {
    expect(salientTerms('The board said it raised water rates by 8 percent on Monday.')).toEqual(['percent', 'raised', 'board', 'water', 'rates', '8']);
  });

  it('scores the same subject high and a shared common word low', () => {
    const a = salientTerms('The Eastport Water Board raised household rates by 8 percent.');
    expect(termSimilarity(a, salientTerms('The Westport water board raised household water rate by 5 percent.'))).toBeGreaterThan(0.6);
    expect(termSimilarity(a, salientTerms('The school board hired a new principal.'))).toBeLessThan(0.3);
    expect(termSimilarity([], a)).toBe(0);
  });
});

describe('splitHighlights', () => {
  it('cuts a snippet into plain and matched runs', () => {
    expect(splitHighlights(`…raised ${HIT_START}water${HIT_END} rates for ${HIT_START}pipes${HIT_END}.`)).toEqual([
      { text: '…raised ', hit: false },
      { text: 'water', hit: true },
      { text: ' rates for ', hit: false },
      { text: 'pipes', hit: true },
      { text: '.', hit: false },
    ]);
    expect(splitHighlights('<b>no markers</b>')).toEqual([{ text: '<b>no markers</b>', hit: false }]);
  });
});
