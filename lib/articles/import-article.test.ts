import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { articles, claims, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { articleGenerator } from '@/lib/bench/corpus';
import { extract } from '@/lib/extract';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { getArticle } from './get-article.server';
import { listArticles } from './list-articles.server';
import { importArticle, storeExtraction } from './import-article.server';
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

  it('stores extractions into two databases in turn, each through its own statements', () => {
    // A 1,000-word article: more claims than one insert statement takes, and duplicates among them.
    const text = articleGenerator(3, 1000, 1001)();
    const extraction = extract(text);
    expect(extraction.claims.length).toBeGreaterThan(64);
    expect(extraction.claims.some((c) => c.duplicateOf !== null)).toBe(true);
    const now = new Date('2026-05-06T07:08:09.010Z');

    const openFresh = () => {
      const db = openDatabase(':memory:');
      migrateDatabase(db);
      db.insert(users).values({ email: 'checker@test.example', name: 'Checker', role: 'factchecker', passwordHash: 'x' }).run();
      return db;
    };
    const store = (db: Db, title: string) =>
      db.transaction(
        (tx) => {
          const article = tx.insert(articles).values({ slug: title, title, body: text, createdBy: 1, createdAt: now, updatedAt: now }).returning({ id: articles.id }).get();
          return { articleId: article.id, ...storeExtraction(tx, article.id, text, extraction, now) };
        },
        { behavior: 'immediate' },
      );
    const a = openFresh();
    const b = openFresh();
    store(b, 'first-in-b'); // so that ids differ between the databases
    const stored = [
      { db: a, ...store(a, 'only-in-a') },
      { db: b, ...store(b, 'second-in-b') },
    ];
    expect(stored[0].claimIds).not.toEqual(stored[1].claimIds);

    for (const { db, articleId, claimIds, sourceIds } of stored) {
      const claimRows = db.$client
        .prepare('SELECT id, position, text, duplicate_of_id AS duplicateOfId, created_at AS createdAt, status, orphaned FROM claims WHERE article_id = ? ORDER BY position')
        .all(articleId);
      expect(claimRows).toEqual(
        extraction.claims.map((c, i) => ({
          id: claimIds[i],
          position: i + 1,
          text: c.text,
          duplicateOfId: c.duplicateOf === null ? null : claimIds[c.duplicateOf],
          createdAt: now.getTime(),
          status: 'unreviewed',
          orphaned: 0,
        })),
      );
      const sourceRows = db.$client.prepare('SELECT id, name FROM sources WHERE article_id = ? ORDER BY id').all(articleId);
      expect(sourceRows).toEqual(extraction.sources.map((s, i) => ({ id: sourceIds[i], name: s.name })));
      const linkRows = db.$client
        .prepare('SELECT claim_id AS claimId, source_id AS sourceId, rule FROM claim_sources WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?) ORDER BY id')
        .all(articleId);
      expect(linkRows).toEqual(extraction.claims.flatMap((c, i) => c.attributions.map((at) => ({ claimId: claimIds[i], sourceId: sourceIds[at.source], rule: at.rule }))));
    }
  });
});
