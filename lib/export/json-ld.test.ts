import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it('keeps article text from closing the script or opening a comment', () => {
    const value = { claimReviewed: 'He wrote </script><script>alert(1)</script> and <!-- & more' };
    const out = serializeJsonLd(value);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('escapes the line and paragraph separators that JavaScript treats as new lines', () => {
    const value = { text: 'a\u2028b\u2029c' };
    const out = serializeJsonLd(value);
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
