import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { claims } from '@/db/schema';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { findSimilarReviewedClaims } from './find-similar-reviewed-claims.server';
import { ClaimSearchSchema } from './schemas';
import { searchFts, SEARCH_PAGE_SIZE, searchClaims, type SearchFilter } from './search-claims.server';
import { capture, queryPlan } from '@/lib/testing/query-plans';
import { HIT_END, HIT_START, toFtsQuery } from './search-query';
import { setClaimReview } from './set-claim-review.server';

let checker: Actor;
const ids = {} as Record<'eastport' | 'westport' | 'northport' | 'school' | 'zebras', number>;

const WESTPORT = [
  'Westport Follows Suit',
  '',
  'The Westport Water Board raised household rates by 5 percent on Friday.',
  '',
  'The board chair, Omar Reyes, said the money would repair leaking mains.',
].join('\n');

const NORTHPORT = ['Northport Holds Rates', '', 'The Northport Water Board kept household rates unchanged on Thursday.'].join('\n');

const SCHOOL = ['School Board News', '', 'The Eastport school board hired a new principal for the high school.'].join('\n');

const ZEBRAS = Array.from({ length: SEARCH_PAGE_SIZE + 5 }, (_, i) => `Keepers counted ${i + 2} zebras in enclosure ${i + 1} last spring.`).join('\n\n');

const importText = (title: string, text: string, outlet: string) => importArticle(checker, ArticleInputSchema.parse({ title, text, outlet })).id;
const claimWith = (articleId: number, words: string) => {
  const claim = getArticle(checker, articleId).claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};
const search = (params: Record<string, unknown>) => searchClaims(checker, ClaimSearchSchema.parse(params));

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  ids.eastport = importText('Eastport rates', SAMPLE_ARTICLE, 'Eastport Gazette');
  ids.westport = importText('Westport rates', WESTPORT, 'Westport Post');
  ids.northport = importText('Northport rates', NORTHPORT, 'Northport News');
  ids.school = importText('School board', SCHOOL, 'Eastport Gazette');
  ids.zebras = importText('Zebra census', ZEBRAS, 'Zoo Monthly');
  const westportRate = claimWith(ids.westport, 'raised household rates');
  setClaimReview(checker, westportRate.id, { status: 'misleading', note: 'The rise is 5 percent only for small users.', version: westportRate.version });
  const school = claimWith(ids.school, 'principal');
  setClaimReview(checker, school.id, { status: 'true', version: school.version });
});

describe('searchClaims', () => {
  it('finds claims across articles by their words, best match first, with the matches marked', () => {
    const { results, query } = search({ q: 'household rates' });
    expect(query).toBe('"household" AND "rates"');
    expect(results.map((r) => r.articleId).sort()).toEqual([ids.eastport, ids.westport, ids.northport].sort());
    expect(results[0].snippet).toContain(`${HIT_START}household${HIT_END}`);
    const westport = results.find((r) => r.articleId === ids.westport);
    expect(westport).toMatchObject({ articleTitle: 'Westport rates', outlet: 'Westport Post', status: 'misleading', orphaned: false });
  });

  it('matches word forms through the porter stemmer', () => {
    expect(search({ q: 'raise rate' }).results.map((r) => r.articleId)).toEqual(expect.arrayContaining([ids.eastport, ids.westport]));
  });

  it('filters by status, outlet, article and source type', () => {
    expect(search({ q: 'rates', status: 'misleading' }).results.map((r) => r.articleId)).toEqual([ids.westport]);
    expect(new Set(search({ q: 'board', outlet: 'eastport gazette' }).results.map((r) => r.articleId))).toEqual(new Set([ids.eastport, ids.school]));
    expect(search({ q: 'board', article: String(ids.school) }).results.map((r) => r.articleId)).toEqual([ids.school]);
    const person = search({ q: 'pipes', sourceType: 'person' }).results;
    expect(person).toHaveLength(1);
    expect(person[0].sources).toEqual([expect.objectContaining({ name: expect.stringContaining('Linda Park'), type: 'person' })]);
    expect(search({ q: 'pipes', sourceType: 'anonymous' }).results).toEqual([]);
    const unattributed = search({ q: 'household rates', sourceType: 'unattributed' }).results;
    expect(unattributed.length).toBeGreaterThan(0);
    for (const r of unattributed) expect(r.sources).toEqual([]);
  });

  it('pages through many results', () => {
    const first = search({ q: 'zebras' });
    expect(first).toMatchObject({ page: 1, hasMore: true });
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE);
    const second = search({ q: 'zebras', page: '2' });
    expect(second).toMatchObject({ page: 2, hasMore: false });
    expect(second.results).toHaveLength(5);
    const seen = new Set([...first.results, ...second.results].map((r) => r.claimId));
    expect(seen.size).toBe(SEARCH_PAGE_SIZE + 5);
  });

  it('treats FTS syntax in the search box as words, and finds nothing for nothing', () => {
    expect(() => search({ q: 'rates" OR NEAR(' })).not.toThrow();
    expect(search({ q: 'rates" OR NEAR(' }).results).toEqual([]);
    expect(search({ q: 'text:pipes' }).results).toEqual([]);
    expect(search({ q: '  "" ' })).toEqual({ query: null, results: [], page: 1, hasMore: false, capped: false });
  });

  it('needs a signed-in fact-checker', () => {
    expect(() => searchClaims(null, ClaimSearchSchema.parse({ q: 'rates' }))).toThrow(/Sign in/);
  });
});

describe('findSimilarReviewedClaims', () => {
  it('finds reviewed claims about the same thing in other articles, with their verdicts', () => {
    const eastportRate = claimWith(ids.eastport, 'raised household rates');
    const similar = findSimilarReviewedClaims(checker, eastportRate.id);
    expect(similar).toEqual([
      expect.objectContaining({ articleId: ids.westport, status: 'misleading', articleTitle: 'Westport rates', similarity: expect.any(Number) }),
    ]);
    expect(similar[0].similarity).toBeGreaterThanOrEqual(0.3);
  });

  it('leaves out unreviewed, dismissed, same-article and unrelated claims', () => {
    const db = testDb();
    const eastportRate = claimWith(ids.eastport, 'raised household rates');
    // Reviewed, but in the same article.
    const sameArticle = claimWith(ids.eastport, 'delayed the increase');
    setClaimReview(checker, sameArticle.id, { status: 'true', version: sameArticle.version });
    // Reviewed and similar, but dismissed.
    const northport = claimWith(ids.northport, 'household rates');
    setClaimReview(checker, northport.id, { status: 'false', version: northport.version });
    db.update(claims).set({ dismissed: true }).where(eq(claims.id, northport.id)).run();
    const found = findSimilarReviewedClaims(checker, eastportRate.id).map((s) => s.articleId);
    expect(found).toEqual([ids.westport]);
    // The school claim shares "board" and "Eastport" only: not similar enough.
    expect(found).not.toContain(ids.school);
    db.update(claims).set({ dismissed: false }).where(eq(claims.id, northport.id)).run();
    expect(findSimilarReviewedClaims(checker, eastportRate.id).map((s) => s.articleId)).toEqual(expect.arrayContaining([ids.westport, ids.northport]));
    expect(findSimilarReviewedClaims(checker, eastportRate.id, 1)).toHaveLength(1);
  });

  it('needs a fact-checker and a claim that exists', () => {
    expect(() => findSimilarReviewedClaims(null, 1)).toThrow(/Sign in/);
    expect(() => findSimilarReviewedClaims(checker, 987654)).toThrow(/not found/);
  });
});

describe('query plans', () => {
  // At 300,000 claims every search must go through the FTS index and then look rows up by key or
  // through an index, never scan claims, links or articles, whatever the filters and whichever way
  // a filter is applied (listed first when selective, else checked per match).
  const filters: [string, SearchFilter[]][] = [
    ['no filter', []],
    ['status', [{ perRow: sql`c.status = 'true'`, set: sql`select id from claims where status = 'true'` }]],
    ['outlet', [{ perRow: sql`a.outlet = 'X' collate nocase`, article: true, set: sql`select c.id from articles a cross join claims c on c.article_id = a.id where a.outlet = 'X' collate nocase` }]],
    ['source type', [{ perRow: sql`c.anonymous_links > 0`, set: sql`select cs.claim_id from sources s cross join claim_sources cs on cs.source_id = s.id where s.type = 'anonymous'` }]],
    ['unattributed', [{ perRow: sql`c.named_links + c.anonymous_links = 0` }]],
  ];
  const plans = (f: SearchFilter[]) => capture(() => searchFts(toFtsQuery('water rates')!, f, 21)).flatMap(queryPlan);

  it.each(filters)('%s: FTS index first, then lookups by key', (_, f) => {
    for (const variant of [f, f.map(({ set: _set, ...perRow }) => perRow)]) {
      const details = plans(variant);
      const search = details.indexOf('MATERIALIZE hits');
      expect(details[search + 1]).toMatch(/^SCAN claims_fts VIRTUAL TABLE/);
      expect(details.slice(search)).toContainEqual(expect.stringMatching(/^SEARCH c USING INTEGER PRIMARY KEY/));
      // Only the FTS index and the few rows already found (hits, counted subqueries) are read through.
      expect(details.filter((d) => /^SCAN (?!claims_fts |hits$|\(subquery-\d+\)$)/.test(d))).toEqual([]);
    }
  });
});
