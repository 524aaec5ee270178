import { beforeAll, describe, expect, it, vi } from 'vitest';
import { reimportArticleAction } from '@/app/desk/articles/[id]/reimport/actions';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE } from '@/lib/testing/fixtures';
import { actionRequest, formData, Redirect } from '@/lib/testing/next-mocks';
import { importArticleAction } from './actions';

vi.mock('next/cache', () => import('@/lib/testing/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/lib/testing/next-mocks').then((m) => m.nextHeaders));
vi.mock('next/navigation', () => import('@/lib/testing/next-mocks').then((m) => m.nextNavigation));
vi.mock('@/lib/auth/current-actor.server', () => import('@/lib/testing/next-mocks').then((m) => m.currentActor));

let checker: Actor;

beforeAll(async () => {
  checker = await createTestUser('factchecker');
});

describe('importArticleAction', () => {
  it('imports and opens the new article', async () => {
    const request = actionRequest(checker, 'http://localhost/desk/import');
    await expect(importArticleAction({}, formData({ $ACTION_KEY: 'k', title: 'Rates', text: SAMPLE_ARTICLE }))).rejects.toThrow(/redirect to \/desk\/articles\/\d+$/);
    expect(request.revalidated).toEqual(['/desk']);
  });

  it('gives back what was typed with the fields to correct', async () => {
    actionRequest(checker);
    const state = await importArticleAction({}, formData({ title: '', outlet: 'Gazette', text: SAMPLE_ARTICLE }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { title: ['Title is required'] }, values: { outlet: 'Gazette', text: SAMPLE_ARTICLE } });
  });

  it('sends a person whose session expired to sign in, instead of an error page', async () => {
    actionRequest(null, 'http://localhost/desk/import');
    await expect(importArticleAction({}, formData({ title: 'Rates', text: SAMPLE_ARTICLE }))).rejects.toEqual(new Redirect('/login?next=%2Fdesk%2Fimport'));
  });
});

describe('reimportArticleAction', () => {
  it('sends a person whose session expired to sign in, instead of an error page', async () => {
    const { id } = importArticle(checker, ArticleInputSchema.parse({ title: 'Rates', text: SAMPLE_ARTICLE }));
    actionRequest(null, `http://localhost/desk/articles/${id}/reimport`);
    await expect(reimportArticleAction({}, formData({ articleId: String(id), text: SAMPLE_ARTICLE, revision: '1' }))).rejects.toEqual(
      new Redirect(`/login?next=${encodeURIComponent(`/desk/articles/${id}/reimport`)}`),
    );
  });

  it('answers an unknown article id with a message rather than an error page', async () => {
    actionRequest(checker);
    const state = await reimportArticleAction({}, formData({ articleId: 'abc', text: 'New text.' }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { articleId: expect.any(Array) }, text: 'New text.' });
  });
});
