import { createToken, expect, sampleArticle, test } from './fixtures';

test.describe('the JSON API', () => {
  let checker: Record<string, string>;
  let editor: Record<string, string>;
  test.beforeAll(() => {
    checker = { Authorization: `Bearer ${createToken('factchecker')}` };
    editor = { Authorization: `Bearer ${createToken('editor')}` };
  });

  test('imports, reads, reviews, reports and publishes an article', async ({ request }) => {
    const { title, text } = sampleArticle('API');
    const created = await request.post('/api/articles', { headers: checker, data: { title, text, outlet: 'Lakeside Courier', publicationDate: '2026-11-20' } });
    expect(created.status()).toBe(201);
    const { id, slug, claims } = await created.json();
    expect(claims.length).toBeGreaterThanOrEqual(4);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);

    const list = await (await request.get('/api/articles', { headers: checker })).json();
    expect(list.articles.find((a: { id: number }) => a.id === id)).toMatchObject({ slug, title, outlet: 'Lakeside Courier', published: false });

    const article = await (await request.get(`/api/articles/${id}`, { headers: checker })).json();
    const claim = article.claims.find((c: { text: string }) => c.text.includes('Two council officials'));
    expect(claim.sources[0]).toMatchObject({ type: 'anonymous', via: { name: expect.stringContaining('Lakeside Courier') } });

    const patched = await request.patch(`/api/claims/${claim.id}`, { headers: checker, data: { status: 'unsupported', note: 'No record found.', version: claim.version } });
    expect(patched.status()).toBe(200);
    expect(await patched.json()).toMatchObject({ status: 'unsupported', note: 'No record found.', version: claim.version + 1 });

    const stale = await request.patch(`/api/claims/${claim.id}`, { headers: { ...checker, 'If-Match': `"${claim.version}"` }, data: { status: 'true' } });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error.details.current).toMatchObject({ status: 'unsupported', version: claim.version + 1 });

    const report = await (await request.get(`/api/articles/${id}/report`, { headers: editor })).json();
    expect(report.totalClaims).toBe(claims.length);
    expect(report.byStatus.unsupported).toBe(1);
    expect(report.bySourceType.anonymous).toBeGreaterThanOrEqual(1);

    expect((await request.post(`/api/articles/${id}/publish`, { headers: checker })).status()).toBe(403);
    const published = await request.post(`/api/articles/${id}/publish`, { headers: editor });
    expect(await published.json()).toEqual({ slug, published: true });
    expect((await request.get(`/a/${slug}`)).status()).toBe(200);
  });

  test('bad input gets 4xx with a JSON error naming the field, and changes nothing', async ({ request }) => {
    const before = (await (await request.get('/api/articles', { headers: checker })).json()).articles.length;
    const missing = await request.post('/api/articles', { headers: checker, data: { text: 'Only text.' } });
    expect(missing.status()).toBe(422);
    expect((await missing.json()).error.details.fieldErrors.title).toBeDefined();
    const wrongType = await request.post('/api/articles', { headers: checker, data: { title: 'T', text: 42 } });
    expect(wrongType.status()).toBe(422);
    expect((await wrongType.json()).error.details.fieldErrors.text).toBeDefined();
    const notJson = await request.post('/api/articles', { headers: { ...checker, 'Content-Type': 'application/json' }, data: '{oops' });
    expect(notJson.status()).toBe(422);
    const huge = await request.post('/api/articles', { headers: checker, data: { title: 'Huge', text: 'word '.repeat(50_000) } });
    expect(huge.status()).toBe(422);
    expect((await huge.json()).error.details.fieldErrors.text[0]).toMatch(/longer than/);
    const after = (await (await request.get('/api/articles', { headers: checker })).json()).articles.length;
    expect(after).toBe(before);

    expect((await request.get('/api/articles/999999', { headers: checker })).status()).toBe(404);
    expect((await request.get('/api/articles/abc', { headers: checker })).status()).toBe(404);
    expect((await request.patch('/api/claims/999999', { headers: checker, data: { status: 'true', version: 1 } })).status()).toBe(404);
    const badStatus = await request.patch('/api/claims/1', { headers: checker, data: { status: 'maybe', version: 1 } });
    expect(badStatus.status()).toBe(422);
    expect((await badStatus.json()).error.details.fieldErrors.status).toBeDefined();
    expect((await request.patch('/api/claims/1', { headers: checker, data: { status: 'true' } })).status()).toBe(428);
    expect((await request.get('/api/articles', { headers: { Authorization: 'Bearer cd_not-a-token' } })).status()).toBe(401);
  });
});
