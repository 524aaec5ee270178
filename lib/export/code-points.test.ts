import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffsets } from './code-points';

const naive = (text: string, offset: number) => [...text.slice(0, offset)].length;

/** UTF-16 offsets at code-point boundaries, as claim spans are. */
const boundaries = (text: string) => {
  const out = [0];
  let at = 0;
  for (const char of text) out.push((at += char.length));
  return out;
};

describe('codePointOffsets', () => {
  it('counts characters outside the BMP once', () => {
    const text = 'a😀b🚰c';
    expect(codePointOffsets(text, [0, 1, 3, 4, 6, 7])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('answers in the order asked, whatever the order of the offsets', () => {
    expect(codePointOffsets('😀😀😀', [6, 0, 2, 4, 2])).toEqual([3, 0, 1, 2, 1]);
  });

  it('agrees with counting the prefix, for any text and offsets on character boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.nat(), { maxLength: 30 }), (text, picks) => {
        const valid = boundaries(text);
        const offsets = picks.map((p) => valid[p % valid.length]);
        expect(codePointOffsets(text, offsets)).toEqual(offsets.map((o) => naive(text, o)));
      }),
    );
  });

  it('converts 14,000 claim offsets of a 200,000-character article correctly', () => {
    const sentence = 'The council 😀 said rates rose by 5 percent. ';
    const text = sentence.repeat(Math.ceil(200_000 / sentence.length)).slice(0, 200_000);
    const step = Math.floor(text.length / 14_000);
    const offsets = Array.from({ length: 14_000 }, (_, i) => {
      let at = i * step;
      if (at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff) at++;
      return at;
    });
    const result = codePointOffsets(text, offsets);
    for (const i of [0, 1, 777, 6_999, 13_999]) expect(result[i]).toBe(naive(text, offsets[i]));
  });
});
