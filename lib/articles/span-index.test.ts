import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanIndex, type Span } from './span-index';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const span = fc.tuple(fc.nat({ max: 200 }), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({ start, end: start + length }));

describe('spanIndex', () => {
  it('finds overlaps and treats touching spans as apart', () => {
    const overlapsAny = spanIndex([{ start: 10, end: 20 }, { start: 30, end: 40 }]);
    expect(overlapsAny({ start: 19, end: 21 })).toBe(true);
    expect(overlapsAny({ start: 20, end: 30 })).toBe(false);
    expect(overlapsAny({ start: 0, end: 10 })).toBe(false);
    expect(overlapsAny({ start: 0, end: 100 })).toBe(true);
    expect(spanIndex([])({ start: 0, end: 1 })).toBe(false);
  });

  it('agrees with testing every pair, for spans that overlap each other too', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (indexed, queries) => {
        const overlapsAny = spanIndex(indexed);
        for (const q of queries) expect(overlapsAny(q)).toBe(indexed.some((s) => overlaps(s, q)));
      }),
    );
  });
});
