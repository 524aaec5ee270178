import { expect, signIn, test } from './fixtures';

test('a reader without an account is kept out of the dashboard, the registry and the exports', async ({ page, request }) => {
  for (const path of ['/desk/dashboard', '/desk/sources', '/desk/sources/1']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?next=/);
  }
  for (const path of ['/api/sources', '/api/sources/1', '/api/articles/1/export?format=csv', '/api/dashboard/export']) {
    expect((await request.get(path)).status(), path).toBe(401);
  }
  expect((await request.patch('/api/sources/1', { data: { name: 'x' } })).status()).toBe(401);
});

test('a fact-checker may export an article but not the editors’ dashboard', async ({ page }) => {
  await signIn(page, 'factchecker');
  const csv = await page.request.get('/api/articles/1/export?format=csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename=".+-claims\.csv"$/);
  expect((await page.request.get('/api/dashboard/export')).status()).toBe(403);
  expect((await page.request.get('/api/articles/999999/export?format=json')).status()).toBe(404);
});
