import { expect, signIn, signInApi, test } from './fixtures';

test('a signed-out session cookie is refused, even if someone kept a copy', async ({ page, context, browser }) => {
  await signIn(page, 'editor');
  const stolen = (await context.cookies()).find((c) => c.name === 'claimdesk_session')!;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  const other = await browser.newContext();
  await other.addCookies([stolen]);
  const res = await other.request.get('/api/articles');
  expect(res.status()).toBe(401);
  const desk = await other.newPage();
  await desk.goto('/desk');
  await expect(desk).toHaveURL(/\/login/);
});

test('signing in again rotates the session token and ends the old one', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  expect((await signInApi(api, 'factchecker')).status()).toBe(200);
  const first = (await api.storageState()).cookies.find((c) => c.name === 'claimdesk_session')!.value;
  expect(first.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url
  // The context now holds a session cookie, so a write must say where it comes from (CSRF check).
  expect((await signInApi(api, 'factchecker', { Origin: new URL(baseURL!).origin })).status()).toBe(200);
  const second = (await api.storageState()).cookies.find((c) => c.name === 'claimdesk_session')!.value;
  expect(second).not.toBe(first);

  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `claimdesk_session=${first}` } });
  expect((await replay.get('/api/articles')).status()).toBe(401);
  expect((await api.get('/api/articles')).status()).toBe(200);
});
