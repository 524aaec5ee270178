import { createToken, DEMO, expect, sampleArticle, signIn, test } from './fixtures';

test('every page carries a nonce-based CSP and the security headers, and scripts still run', async ({ page }) => {
  const response = await page.goto('/login');
  const headers = response!.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  // A second request gets a different nonce.
  const again = (await page.request.get('/login')).headers()['content-security-policy'];
  expect(again).not.toContain(nonce);
  // Hydration works under the policy: the sign-in form's client-side validation message appears.
  await signIn(page, 'factchecker');
});

test('a request carrying x-middleware-subrequest gets no further', async ({ request }) => {
  const res = await request.get('/desk', { headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }, maxRedirects: 0 });
  expect(res.status()).toBe(403);
  const api = await request.get('/api/articles', { headers: { 'x-middleware-subrequest': 'proxy' } });
  expect(api.status()).toBe(403);
});

test('a cross-origin POST with the session cookie is refused and writes nothing', async ({ page }) => {
  await signIn(page, 'factchecker');
  const { title, text } = sampleArticle('CSRF');
  const foreign = await page.request.post('/api/articles', { data: { title, text }, headers: { Origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);
  const noOrigin = await page.request.post('/api/articles', { data: { title, text } });
  expect(noOrigin.status()).toBe(403);
  const list = await (await page.request.get('/api/articles')).json();
  expect(list.articles.some((a: { title: string }) => a.title === title)).toBe(false);
  // The same request from the app's own origin goes through.
  const origin = new URL(page.url()).origin;
  expect((await page.request.post('/api/articles', { data: { title, text }, headers: { Origin: origin } })).status()).toBe(201);
});

test('errors never show stack traces or SQL', async ({ request }) => {
  const token = createToken('factchecker');
  const res = await request.patch('/api/claims/1', { headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, data: '[1,2' });
  const body = await res.text();
  expect(res.status()).toBeGreaterThanOrEqual(400);
  expect(body).not.toMatch(/at \w+ \(|SQLITE|\.ts:\d+|node_modules/);
  const page404 = await request.get('/desk/articles/99999999999999999999');
  expect(await page404.text()).not.toMatch(/SQLITE|node_modules|\.ts:\d+/);
});

// Issue 14, finding 2: a body is read whatever its framing. Playwright's request context always
// sends Content-Length, so this one streams its body with Node's fetch (Transfer-Encoding: chunked).
test('an unpublish sent chunked, without Content-Length, takes the page down', async ({ request, baseURL }) => {
  const editor = { Authorization: `Bearer ${createToken('editor')}` };
  const { title, text } = sampleArticle('Chunked');
  const { id, slug } = await (await request.post('/api/articles', { headers: editor, data: { title, text } })).json();
  expect((await request.post(`/api/articles/${id}/publish`, { headers: editor })).status()).toBe(200);
  expect((await request.get(`/a/${slug}`)).status()).toBe(200);

  const body = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode('{"published":false}')), c.close()) });
  const unpublish = await fetch(`${baseURL}/api/articles/${id}/publish`, {
    method: 'POST',
    headers: { ...editor, 'Content-Type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  expect(unpublish.status).toBe(200);
  expect(await unpublish.json()).toMatchObject({ published: false });
  expect((await request.get(`/a/${slug}`)).status()).toBe(404);
});

// Finding 3: the browser drops a tab or newline from a URL, so "/\t/evil.example" would become
// "//evil.example". A person following such a sign-in link ends up on the desk.
for (const [label, next] of [
  ['a tab', '/\t/evil.example/stolen'],
  ['a newline', '/\n/evil.example/stolen'],
  ['a backslash', '/\\evil.example/stolen'],
] as const) {
  test(`a sign-in link whose next holds ${label} lands on the desk, not off-site`, async ({ page, baseURL }) => {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email').fill(DEMO.factchecker.email);
    await page.getByLabel('Password').fill(DEMO.factchecker.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${baseURL}/desk`);
  });
}

test('a sign-in link to a page of the desk still leads there', async ({ page, baseURL }) => {
  await page.goto('/desk/search?q=ferry');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Email').fill(DEMO.factchecker.email);
  await page.getByLabel('Password').fill(DEMO.factchecker.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${baseURL}/desk/search?q=ferry`);
});

// Finding 8: one text policy at every entrance, with a 422 that names the field.
test('NUL, ESC and lone surrogates are refused with a 422 naming the field, and nothing is stored', async ({ request }) => {
  const checker = { Authorization: `Bearer ${createToken('factchecker')}` };
  const { title, text } = sampleArticle('Hygiene');
  for (const [field, value] of [
    ['title', `${title}\u0000`],
    ['outlet', 'Courier\u001b[2J'],
    ['author', 'Ann\u0000Lee'],
    ['text', `${text}\u001b`],
    ['text', `${text} \ud800`],
  ] as const) {
    const res = await request.post('/api/articles', { headers: checker, data: { title, text, [field]: value } });
    expect(res.status(), field).toBe(422);
    expect((await res.json()).error.details.fieldErrors[field]?.[0], field).toMatch(new RegExp(`^${field[0].toUpperCase()}${field.slice(1)} contains`));
  }
  const list = await (await request.get('/api/articles', { headers: checker })).json();
  expect(list.articles.some((a: { title: string }) => a.title.startsWith(title))).toBe(false);

  // Invalid UTF-8 is refused, not turned into U+FFFD.
  const bytes = Buffer.concat([Buffer.from(JSON.stringify({ title, text }).slice(0, -2)), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
  const invalid = await request.post('/api/articles', { headers: { ...checker, 'Content-Type': 'application/json' }, data: bytes });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error.message).toMatch(/not valid UTF-8/);

  // The same text with Windows line endings is stored with \n, at the same offsets.
  const crlf = await request.post('/api/articles', { headers: checker, data: { title: `${title} CRLF`, text: text.replaceAll('\n', '\r\n') } });
  expect(crlf.status()).toBe(201);
  for (const c of (await crlf.json()).claims) expect(text.slice(c.start, c.end)).toBe(c.text);
});
