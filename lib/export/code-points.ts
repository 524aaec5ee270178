// Articles store UTF-16 offsets (JavaScript string indexes); the W3C annotation model counts
// Unicode code points. Converting claim by claim with `[...body.slice(0, start)].length` is
// quadratic in the article's size: this converts every offset in one walk over the text.

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The code-point index of each UTF-16 offset into `text`, in the order given. One pass over the
 * text plus a sort of the offsets: O(n + k log k). An offset inside a surrogate pair counts the
 * whole pair (offsets from the text policy never fall there).
 */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a] - offsets[b]);
  const result = new Array<number>(offsets.length);
  let unit = 0;
  let points = 0;
  for (const i of order) {
    const target = Math.min(offsets[i], text.length);
    while (unit < target) {
      unit += isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
      points++;
    }
    result[i] = points;
  }
  return result;
}
