import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE } from '@/lib/testing/fixtures';
import { actionRequest, formData, Redirect } from '@/lib/testing/next-mocks';
import { reviewClaimAction, setPublishedAction } from './actions';

vi.mock('next/cache', () => import('@/lib/testing/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/lib/testing/next-mocks').then((m) => m.nextHeaders));
vi.mock('next/navigation', () => import('@/lib/testing/next-mocks').then((m) => m.nextNavigation));
vi.mock('@/lib/auth/current-actor.server', () => import('@/lib/testing/next-mocks').then((m) => m.currentActor));

let checker: Actor;
let editor: Actor;
let articleA: number;
let articleB: number;

beforeAll(async () => {
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
  articleA = importArticle(checker, ArticleInputSchema.parse({ title: 'Rates A', text: SAMPLE_ARTICLE })).id;
  articleB = importArticle(checker, ArticleInputSchema.parse({ title: 'Rates B', text: SAMPLE_ARTICLE })).id;
});

describe('workspace actions', () => {
  it('refresh the article the claim belongs to, whatever article id the client sends', async () => {
    const claimOfB = getArticle(checker, articleB).claims[0];
    const request = actionRequest(checker, `http://localhost/desk/articles/${articleA}`);
    const result = await reviewClaimAction(articleA, claimOfB.id, { status: 'false', version: claimOfB.version });
    expect(result).toMatchObject({ ok: true });
    expect(request.revalidated).toContain(`/desk/articles/${articleB}`);
    expect(request.revalidated).not.toContain(`/desk/articles/${articleA}`);
  });

  it('show the other person’s change after a conflict, and refresh that claim’s article', async () => {
    const claimOfB = getArticle(checker, articleB).claims[1];
    actionRequest(checker);
    await reviewClaimAction(articleB, claimOfB.id, { status: 'true', version: claimOfB.version });
    const request = actionRequest(checker);
    const result = await reviewClaimAction(articleA, claimOfB.id, { status: 'false', version: claimOfB.version });
    expect(result).toMatchObject({ ok: false, message: 'Someone else changed this claim since you loaded it. Their change is shown now.', current: { status: 'true' } });
    expect(request.revalidated).toEqual([`/desk/articles/${articleB}`]);
  });

  it('send a person whose session expired to sign in instead of failing', async () => {
    const claim = getArticle(checker, articleA).claims[0];
    actionRequest(null, `http://localhost/desk/articles/${articleA}`);
    await expect(reviewClaimAction(articleA, claim.id, { status: 'true', version: claim.version })).rejects.toEqual(
      new Redirect(`/login?next=${encodeURIComponent(`/desk/articles/${articleA}`)}`),
    );
  });
});

describe('setPublishedAction', () => {
  it('publishes for an editor and refreshes the article, its reader page and the front page', async () => {
    const request = actionRequest(editor);
    const state = await setPublishedAction({}, formData({ $ACTION_ID_abc: '', articleId: String(articleA), published: 'true' }));
    expect(state).toEqual({ ok: true, published: true, message: 'Published: anyone can now read it.' });
    expect(request.revalidated).toEqual([`/desk/articles/${articleA}`, '/']);
    expect(getArticle(editor, articleA).published).toBe(true);
  });

  it('tells a fact-checker that publishing is an editor’s job, and changes nothing', async () => {
    actionRequest(checker);
    const state = await setPublishedAction({}, formData({ articleId: String(articleB), published: 'true' }));
    expect(state).toEqual({ ok: false, message: 'This needs the editor role or higher.' });
    expect(getArticle(editor, articleB).published).toBe(false);
  });

  it('sends the anonymous to sign in', async () => {
    actionRequest(null, `http://localhost/desk/articles/${articleB}`);
    await expect(setPublishedAction({}, formData({ articleId: String(articleB), published: 'true' }))).rejects.toBeInstanceOf(Redirect);
    expect(getArticle(editor, articleB).published).toBe(false);
  });

  it('answers bad input with a message', async () => {
    actionRequest(editor);
    expect(await setPublishedAction({}, formData({ articleId: 'abc', published: 'maybe' }))).toMatchObject({
      ok: false,
      fieldErrors: { articleId: expect.any(Array), published: expect.any(Array) },
    });
    expect(await setPublishedAction({}, formData({ articleId: '987654', published: 'true' }))).toEqual({ ok: false, message: 'Article 987654 not found' });
  });
});
