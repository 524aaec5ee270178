import { createToken, expect, sampleArticle, signIn, test } from './fixtures';

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
