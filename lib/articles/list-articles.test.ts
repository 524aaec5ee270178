import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { importArticle } from './import-article.server';
import { ARTICLES_PAGE_SIZE, listArticles, listPublishedArticles } from './list-articles.server';
import { setArticlePublished } from './publish-article.server';
import { ArticleInputSchema } from './schemas';

let editor: Actor;
const publishedSlugs: string[] = [];

beforeAll(async () => {
  testDb();
  editor = await createTestUser('editor');
  for (let i = 0; i < ARTICLES_PAGE_SIZE + 3; i++) {
    const article = importArticle(editor, ArticleInputSchema.parse({ title: `Ferry timetable ${i}`, text: `The ferry ran ${i + 1} extra crossings, the operator said.` }));
    // Every third article stays unpublished.
    if (i % 3 === 2) continue;
    setArticlePublished(editor, article.id, true);
    publishedSlugs.push(article.slug);
  }
});

describe('article lists', () => {
  it('page the front page, most recently published first, published articles only', () => {
    const first = listPublishedArticles();
    expect(first.articles).toHaveLength(Math.min(ARTICLES_PAGE_SIZE, publishedSlugs.length));
    const all = [...first.articles];
    for (let page = 2, more = first.hasMore; more; page++) {
      const next = listPublishedArticles(page);
      all.push(...next.articles);
      more = next.hasMore;
    }
    expect(all.map((a) => a.slug)).toEqual([...publishedSlugs].reverse());
    expect(listPublishedArticles(99).articles).toEqual([]);
  });

  it('page the desk list, newest first, unpublished included', () => {
    const first = listArticles(editor);
    const second = listArticles(editor, 2);
    expect(first.articles).toHaveLength(ARTICLES_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    expect(second.articles.length).toBeGreaterThan(0);
    const ids = [...first.articles, ...second.articles].map((a) => a.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(() => listArticles(null)).toThrow();
  });
});
