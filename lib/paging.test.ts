import { describe, expect, it } from 'vitest';
import { pageOf, pageWindow } from './paging';

describe('paging', () => {
  it('fetches one row more than a page, from where the page starts', () => {
    expect(pageWindow(1, 20)).toEqual({ limit: 21, offset: 0 });
    expect(pageWindow(3, 20)).toEqual({ limit: 21, offset: 40 });
  });

  it('keeps a page of rows and says whether another follows', () => {
    expect(pageOf([1, 2, 3], 2)).toEqual({ rows: [1, 2], hasMore: true });
    expect(pageOf([1, 2], 2)).toEqual({ rows: [1, 2], hasMore: false });
    expect(pageOf([], 2)).toEqual({ rows: [], hasMore: false });
  });
});
