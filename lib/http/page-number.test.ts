import { describe, expect, it } from 'vitest';
import { ClaimSearchSchema } from '@/lib/claims/schemas';
import { DashboardFilterSchema } from '@/lib/reports/schemas';
import { RegistryQuerySchema } from '@/lib/sources/schemas';
import { PageSchema } from './page-number';

describe('PageSchema', () => {
  it('reads a page number from a query string', () => {
    expect(PageSchema.parse('3')).toBe(3);
  });

  it('takes anything that is not a page number as the first page', () => {
    for (const raw of [undefined, '', '0', '-2', '2.5', 'abc', '100001']) expect(PageSchema.parse(raw), String(raw)).toBe(1);
  });

  it('is what every list’s query reads its page with: ?page=abc is the first page, the other parameters kept', () => {
    expect(ClaimSearchSchema.parse({ q: 'rates', page: 'abc' })).toMatchObject({ q: 'rates', page: 1 });
    expect(ClaimSearchSchema.parse({ q: 'rates', page: '4' })).toMatchObject({ q: 'rates', page: 4 });
    expect(RegistryQuerySchema.parse({ q: 'park', page: 'abc' })).toMatchObject({ q: 'park', page: 1 });
    expect(DashboardFilterSchema.parse({ outletPage: 'abc', authorPage: '2' })).toMatchObject({ outletPage: 1, authorPage: 2 });
  });
});
