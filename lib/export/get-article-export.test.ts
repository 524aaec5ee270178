import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { claims } from '@/db/schema';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { ClaimReviewSchema } from './claim-review';
import { getArticleExport } from './get-article-export.server';
import { parseCsv } from './to-csv';
import { AnnotationCollectionSchema } from './web-annotation';

let checker: Actor;
let articleId: number;
let dismissedText: string;

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  articleId = importArticle(checker, ArticleInputSchema.parse({ title: 'Water rates', text: SAMPLE_ARTICLE, outlet: 'Eastport Gazette' })).id;
  const [first, second, third] = getArticle(checker, articleId).claims;
  setClaimReview(checker, first.id, { status: 'mostly_true', note: 'Close enough.', version: first.version });
  setClaimReview(checker, second.id, { status: 'false', version: second.version });
  dismissedText = third.text;
  testDb().update(claims).set({ dismissed: true }).where(eq(claims.id, third.id)).run();
});

describe('getArticleExport', () => {
  it('names the download after the article and sets the content type', () => {
    expect(getArticleExport(checker, articleId, 'csv')).toMatchObject({ filename: 'water-rates-claims.csv', contentType: expect.stringMatching(/^text\/csv/) });
    expect(getArticleExport(checker, articleId, 'annotations')).toMatchObject({
      filename: 'water-rates-annotations.jsonld',
      contentType: expect.stringContaining('profile="http://www.w3.org/ns/anno.jsonld"'),
    });
  });

  it('leaves the dismissed claim out of every format', () => {
    // The JSON carries the whole body text, so look at its claims.
    const json = JSON.parse(getArticleExport(checker, articleId, 'json').body);
    expect(json.claims.map((c: { text: string }) => c.text)).not.toContain(dismissedText);
    for (const format of ['claimreview', 'annotations'] as const) {
      expect(getArticleExport(checker, articleId, format).body, format).not.toContain(JSON.stringify(dismissedText).slice(1, -1));
    }
    const rows = parseCsv(getArticleExport(checker, articleId, 'csv').body);
    expect(rows.slice(1).some((r) => r.includes(dismissedText))).toBe(false);
  });

  it('exports valid ClaimReview and Web Annotation documents from the database', () => {
    const reviews = JSON.parse(getArticleExport(checker, articleId, 'claimreview').body);
    expect(reviews).toHaveLength(2);
    for (const r of reviews) ClaimReviewSchema.parse(r);
    const annotations = AnnotationCollectionSchema.parse(JSON.parse(getArticleExport(checker, articleId, 'annotations').body));
    const article = getArticle(checker, articleId);
    expect(annotations.total).toBe(article.claims.length - 1);
    for (const a of annotations.first.items) {
      const [quote, position] = a.target.selector;
      // The sample is ASCII, so code points and UTF-16 offsets agree here.
      expect(article.body.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it('carries the review history in the JSON export', () => {
    const json = JSON.parse(getArticleExport(checker, articleId, 'json').body);
    const reviewed = json.claims.find((c: { status: string }) => c.status === 'mostly_true');
    expect(reviewed.reviewHistory.map((h: { field: string }) => h.field).sort()).toEqual(['note', 'status']);
    expect(reviewed.note).toBe('Close enough.');
  });

  it('needs a signed-in desk user and an article that exists', () => {
    expect(() => getArticleExport(null, articleId, 'csv')).toThrow(/Sign in/);
    expect(() => getArticleExport(checker, 999_999, 'csv')).toThrow(/not found/);
  });
});
