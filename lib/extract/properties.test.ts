// Invariants that must hold for any input: the extractor never throws, and every offset it
// reports points at exactly the text it claims to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from './index';

function checkInvariants(text: string, x: Extraction): void {
  let prevEnd = 0;
  x.claims.forEach((c, i) => {
    expect(c.start).toBeGreaterThanOrEqual(prevEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    expect(c.block).toBeGreaterThanOrEqual(0);
    expect(c.block).toBeLessThan(x.blocks.length);
    expect(x.blocks[c.block].kind).toBe('body');
    if (c.duplicateOf !== null) expect(c.duplicateOf).toBeLessThan(i);
    for (const a of c.attributions) {
      expect(a.source).toBeGreaterThanOrEqual(0);
      expect(a.source).toBeLessThan(x.sources.length);
      if (a.mention) expect(a.mention.text).toBe(text.slice(a.mention.start, a.mention.end));
      expect(a.rule.length).toBeGreaterThan(0);
      expect(a.explanation.length).toBeGreaterThan(0);
    }
    expect(c.explanation.length).toBeGreaterThan(0);
    prevEnd = c.end;
  });
  x.sources.forEach((s, i) => {
    expect(s.index).toBe(i);
    for (const m of s.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });
  for (const b of x.blocks) expect(b.text).toBe(text.slice(b.start, b.end));
}

// Pieces that exercise the rules: cues, quotes (balanced or not), abbreviations, newlines.
const pieces = fc.constantFrom(
  'said', 'told', 'according to', 'He', 'She', 'officials', 'Mr.', 'U.S.', 'Dr. Ana Ruiz', 'The report',
  '"', '“', '”', '‘', '’', ',', '.', '?', ':', ' — ', '\n', '\r\n', '\n\n', ' ', 'and', 'the army', 'Reuters',
  'claiming that', 'seen by The Daily Times', '3.5', '2024', 'Related:', '[Read: x]', '😀', 'Ελλάδα', '北京', 'مرحبا',
  'who', 'which', 'reportedly', 'saying', 'citing', ' ', '\t', 'A', 'z',
);
const articleLike = fc.array(pieces, { maxLength: 200 }).map((xs) => xs.join(' '));

describe('invariants (property-based)', () => {
  it('holds on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        checkInvariants(s, extract(s));
      }),
      { numRuns: 300 },
    );
  });

  it('holds on article-like token soup with quotes, CRLF and other scripts', () => {
    fc.assert(
      fc.property(articleLike, (s) => {
        checkInvariants(s, extract(s));
      }),
      { numRuns: 400 },
    );
  });

  it('holds on full-unicode strings including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        checkInvariants(s, extract(s));
      }),
      { numRuns: 200 },
    );
  });

  it('holds on fixture articles with random cuts, inserted quotes and line breaks', () => {
    const dir = join(__dirname, 'fixtures');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('', '"', '“', '”', '\n', '\r\n', ' said ', ', officials said. ', 'He ', ':', '\n\n"'));
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { maxLength: 8 }), (ti, edits) => {
        let s = texts[ti];
        for (const [at, cut, ins] of edits) {
          const p = at % (s.length + 1);
          s = s.slice(0, p) + ins + s.slice(p + cut);
        }
        checkInvariants(s, extract(s));
      }),
      { numRuns: 300 },
    );
  });

  it('empty and whitespace-only input give nothing', () => {
    for (const s of ['', ' ', '\n\n', '\r\n\r\n', '\t  \n']) {
      const x = extract(s);
      expect(x.claims).toEqual([]);
      expect(x.sources).toEqual([]);
    }
  });

  it('keeps offsets exact with CRLF line ends', () => {
    const text = 'Title Line\r\n\r\nThe council said the road would close.\r\n"It is unsafe," Mayor Ida Lunn said.\r\n';
    const x = extract(text);
    checkInvariants(text, x);
    expect(x.claims.map((c) => c.text)).toEqual(['The council said the road would close.', '"It is unsafe," Mayor Ida Lunn said.']);
    expect(x.claims[1].attributions[0].mention?.text).toBe('Mayor Ida Lunn');
  });

  it('handles a ~1 MB text quickly and correctly', () => {
    const para = 'The agency said 40 people were hurt on Monday. "We are still counting," Dr. Ana Ruiz told The Daily Times. Officials said more rain was expected, and the army said roads were closed.\n\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const t0 = performance.now();
    const x = extract(text);
    const ms = performance.now() - t0;
    checkInvariants(text, x);
    expect(x.claims.length).toBeGreaterThan(10_000);
    // Generous: the machine is shared; a quadratic pass would take minutes, not seconds.
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('a 1 MB run without punctuation or line breaks stays linear', () => {
    const text = 'officials said the army and he told reporters that '.repeat(20_000);
    const t0 = performance.now();
    const x = extract(text);
    checkInvariants(text, x);
    expect(performance.now() - t0).toBeLessThan(60_000);
  }, 120_000);

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'Port Strike Ends\n\nDock workers returned to work on Monday after a\nweek-long strike, union leader Sam Okoye said, adding that\npay would rise 6 percent.\n';
    const x = extract(text);
    checkInvariants(text, x);
    expect(x.claims).toHaveLength(1);
    expect(x.claims[0].text.startsWith('Dock workers')).toBe(true);
    expect(x.sources[x.claims[0].attributions[0].source].name).toBe('Sam Okoye');
  });

  it('unbalanced quotes do not leak attribution across paragraphs', () => {
    const text = '"This quote never closes, said nobody.\n\nThe bridge opened in 1990.';
    const x = extract(text);
    checkInvariants(text, x);
    expect(x.claims[x.claims.length - 1].attributions).toEqual([]);
  });
});
