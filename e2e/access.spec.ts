import { expect, signIn, test } from './fixtures';

test.describe('a reader without an account', () => {
  test('is sent to sign in from every desk page', async ({ page }) => {
    for (const path of ['/desk', '/desk/import', '/desk/articles/1', '/desk/articles/1/report']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login\?next=/);
      await expect(page.getByRole('heading', { name: 'Sign in to the desk' })).toBeVisible();
    }
  });

  test('gets 401 from the API', async ({ request }) => {
    for (const path of ['/api/articles', '/api/articles/1', '/api/articles/1/report']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(401);
    }
    expect((await request.patch('/api/claims/1', { data: { status: 'true', version: 1 } })).status()).toBe(401);
  });
});

test.describe('a fact-checker is refused the sourcing report', () => {
  // The refusal is the point: the browser logs the 403 response, and only that is allowed.
  test.use({ allowConsoleErrors: [/the server responded with a status of 403/] });
  test('a fact-checker is refused the sourcing report', async ({ page }) => {
    await signIn(page, 'factchecker');
    const res = await page.goto('/desk/articles/1/report');
    expect(res?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  });
});
