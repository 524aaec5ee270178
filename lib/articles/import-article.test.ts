import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, claims } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { setClaimReview } from '@/lib/claims/set-claim-review';
import { getArticle } from './get-article';
import { listArticles } from './list-articles';
import { importArticle } from './import-article';
import { ArticleInputSchema } from './schemas';

let checker: Actor;
beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
});

const rows = (table: typeof articles | typeof claims) => testDb().select({ n: count() }).from(table).get()!.n;

const input = (title: string, text = SAMPLE_ARTICLE) => ArticleInputSchema.parse({ title, text, outlet: 'Eastport Gazette' });

describe('importArticle', () => {
  it('stores the article with claims whose spans are exact, and links their sources', () => {
    const { id, slug, claimCount } = importArticle(checker, input('Water rates rise'));
    expect(slug).toBe('water-rates-rise');
    const article = getArticle(checker, id);
    expect(article.claims).toHaveLength(claimCount);
    expect(claimCount).toBeGreaterThanOrEqual(4);
    for (const c of article.claims) expect(article.body.slice(c.start, c.end)).toBe(c.text);
    expect(article.claims.map((c) => c.position)).toEqual(article.claims.map((_, i) => i + 1));
    // The headline is not a claim.
    expect(article.claims.some((c) => c.text.includes('Water Rates Rise in Eastport'))).toBe(false);

    const quote = article.claims.find((c) => c.text.includes('new pipes'));
    expect(quote?.sources).toEqual([expect.objectContaining({ name: expect.stringContaining('Linda Park'), type: 'person', cue: 'said' })]);
    const anonymous = article.claims.find((c) => c.text.includes('delayed the increase'));
    expect(anonymous?.sources[0]).toMatchObject({ type: 'anonymous', via: { name: expect.stringContaining('Eastport Gazette') } });
    const unattributed = article.claims.find((c) => c.text.includes('raised household rates'));
    expect(unattributed?.sources).toEqual([]);
  });

  it('lists articles with their claim and review counts', () => {
    const { id } = importArticle(checker, input('Counted'));
    const article = getArticle(checker, id);
    setClaimReview(checker, article.claims[0].id, { status: 'true', version: 1 });
    const summary = listArticles(checker).articles.find((a) => a.id === id);
    expect(summary).toMatchObject({ claimCount: article.claims.length, reviewedCount: 1 });
  });

  it('gives a second article with the same title its own slug', () => {
    const first = importArticle(checker, input('Same title'));
    const second = importArticle(checker, input('Same title'));
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it('refuses a reader without an account and writes nothing', () => {
    const before = rows(articles);
    expect(() => importArticle(null, input('Anonymous import'))).toThrow(/Sign in/);
    expect(rows(articles)).toBe(before);
  });

  it('rolls the whole import back when any insert fails', async () => {
    const db = testDb();
    const before = { articles: rows(articles), claims: rows(claims) };
    // A trigger makes the claims insert fail halfway through the transaction.
    db.$client.exec(`CREATE TEMP TRIGGER fail_claims BEFORE INSERT ON claims WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    try {
      expect(() => importArticle(checker, input('Doomed import'))).toThrow(/disk full/);
    } finally {
      db.$client.exec('DROP TRIGGER fail_claims');
    }
    expect({ articles: rows(articles), claims: rows(claims) }).toEqual(before);
  });
});
