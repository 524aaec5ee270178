import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, claims, evidence } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { getArticle } from './get-article.server';
import { forgetPublishedArticle, getCachedPublishedArticle, getPublishedArticle } from './get-published-article.server';
import { importArticle } from './import-article.server';
import { setArticlePublished } from './publish-article.server';
import { toReaderClaim } from './reader-claim';
import { ArticleInputSchema } from './schemas';

let checker: Actor;
let editor: Actor;

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
});

function importSample(title: string) {
  return importArticle(checker, ArticleInputSchema.parse({ title, text: SAMPLE_ARTICLE }));
}

describe('getPublishedArticle', () => {
  it('does not show an unpublished article, nor an unknown slug', () => {
    const { slug } = importSample('Draft rates');
    expect(getPublishedArticle(slug)).toBeNull();
    expect(getPublishedArticle('no-such-slug')).toBeNull();
  });

  it('leaves dismissed claims out and brings each claim’s evidence', () => {
    const { id, slug } = importSample('Published rates');
    setArticlePublished(editor, id, true);
    const [first, second] = getArticle(checker, id).claims;
    const db = testDb();
    db.update(claims).set({ dismissed: true }).where(eq(claims.id, first.id)).run();
    db.insert(evidence)
      .values([
        { claimId: second.id, url: 'https://example.org/minutes', title: 'Board minutes', stance: 'supports', createdBy: checker.id },
        { claimId: second.id, url: 'javascript:alert(1)', title: 'Bad link', stance: 'refutes', createdBy: checker.id },
      ])
      .run();

    const article = getPublishedArticle(slug)!;
    expect(article.claims.map((c) => c.id)).not.toContain(first.id);
    const shown = article.claims.find((c) => c.id === second.id)!;
    expect(shown.evidence).toHaveLength(2);
    // The reader's copy keeps web links only.
    expect(toReaderClaim(shown).evidence).toEqual([{ url: 'https://example.org/minutes', title: 'Board minutes', stance: 'supports' }]);
    // The desk still sees the dismissed claim.
    expect(getArticle(checker, id).claims.find((c) => c.id === first.id)?.dismissed).toBe(true);
  });
});

describe('getCachedPublishedArticle', () => {
  it('answers a hit without the database until the article is forgotten', () => {
    const { id, slug } = importSample('Cached rates');
    setArticlePublished(editor, id, true);
    expect(getCachedPublishedArticle(slug)?.title).toBe('Cached rates');
    testDb().update(articles).set({ title: 'Changed behind its back' }).where(eq(articles.id, id)).run();
    expect(getCachedPublishedArticle(slug)?.title).toBe('Cached rates');
    forgetPublishedArticle(slug);
    expect(getCachedPublishedArticle(slug)?.title).toBe('Changed behind its back');
  });

  it('does not keep misses: an article published later is seen at once', () => {
    const { id, slug } = importSample('Later rates');
    expect(getCachedPublishedArticle(slug)).toBeNull();
    setArticlePublished(editor, id, true);
    expect(getCachedPublishedArticle(slug)?.id).toBe(id);
  });

  it('refuses what cannot be a slug', () => {
    expect(getCachedPublishedArticle('../etc/passwd')).toBeNull();
    expect(getCachedPublishedArticle('a'.repeat(200))).toBeNull();
  });
});
