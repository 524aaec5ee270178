// Every page, loaded directly by URL (a reload, a typed address, a bookmark), not only reached
// through navigation: server-rendered forms and page data must work from a cold load too. The
// shared fixture fails the test on any console or page error.
import { expect, signIn, test } from './fixtures';

// The demo data's first article: published, with reviewed claims.
const ARTICLE = 1;
const SLUG = 'millbrook-closes-harbour-bridge-to-heavy-trucks';

test('every public page loads by URL', async ({ page }) => {
  for (const path of ['/', '/login', `/a/${SLUG}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
});

test('every desk page loads by URL', async ({ page }) => {
  await signIn(page, 'admin');
  for (const path of [
    '/desk',
    '/desk/import',
    '/desk/search?q=bridge',
    `/desk/articles/${ARTICLE}`,
    `/desk/articles/${ARTICLE}?claim=2`,
    `/desk/articles/${ARTICLE}/reimport`,
    `/desk/articles/${ARTICLE}/report`,
    '/desk/dashboard',
    '/desk/sources',
    '/desk/sources/1',
    '/desk/admin',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
});
