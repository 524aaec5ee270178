// The publish route reads its body whatever its framing: an unpublish sent chunked, without
// Content-Length, must take the page down, not publish it (issue 14, finding 2).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { getPublishedArticle } from '@/lib/articles/get-published-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import { newToken, hashToken } from '@/lib/auth/tokens';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { POST } from './route';

// Outside a Next server there is no page cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let editorToken: string;
let articleId: number;
beforeAll(async () => {
  testDb();
  const editor = await createTestUser('editor');
  editorToken = newToken('cd_');
  getDb().insert(apiTokens).values({ userId: editor.id, label: 'test', tokenHash: hashToken(editorToken) }).run();
  articleId = importArticle(editor, ArticleInputSchema.parse({ title: 'Chunked unpublish', text: SAMPLE_ARTICLE })).id;
});

function publishRequest(body: string | null, { chunked }: { chunked: boolean }): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${editorToken}` };
  if (body !== null) headers['content-type'] = 'application/json';
  const stream = body === null ? null : new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode(body)), c.close()) });
  return new Request(`http://localhost/api/articles/${articleId}/publish`, {
    method: 'POST',
    headers,
    body: chunked ? stream : body,
    duplex: 'half',
  } as RequestInit);
}

const call = async (request: Request) => {
  const response = await POST(request, { params: Promise.resolve({ id: String(articleId) }) });
  return { status: response.status, body: await response.json() };
};

describe('POST /api/articles/[id]/publish', () => {
  it('publishes with no body at all, and unpublishes with a chunked {"published": false}', async () => {
    expect(await call(publishRequest(null, { chunked: false }))).toMatchObject({ status: 200, body: { published: true } });
    const slug = (await call(publishRequest(null, { chunked: false }))).body.slug;
    expect(getPublishedArticle(slug)).not.toBeNull();

    const unpublish = publishRequest('{"published":false}', { chunked: true });
    expect(unpublish.headers.get('content-length')).toBeNull();
    expect(await call(unpublish)).toMatchObject({ status: 200, body: { published: false } });
    expect(getPublishedArticle(slug)).toBeNull();
  });

  it('refuses a body it cannot read instead of falling back to publishing', async () => {
    const response = await call(publishRequest('{"published":fals', { chunked: true }));
    expect(response.status).toBe(422);
  });
});
