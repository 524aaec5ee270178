import { describe, expect, it } from 'vitest';
import { PageSchema } from './page-number';

describe('PageSchema', () => {
  it('reads a page number from a query string', () => {
    expect(PageSchema.parse('3')).toBe(3);
  });

  it('takes anything that is not a page number as the first page', () => {
    for (const raw of [undefined, '', '0', '-2', '2.5', 'abc', '100001']) expect(PageSchema.parse(raw), String(raw)).toBe(1);
  });
});
