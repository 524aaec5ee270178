import { createToken, expect, signIn, test } from './fixtures';

// A paging link with a page number that is not one (?page=abc, edited by hand or cut short) opens
// the first page, with the other parameters kept, on every list: pages and API alike.
test('a list opened with ?page=abc shows its first page, pages and API alike', async ({ page, request }) => {
  await signIn(page, 'editor');
  await page.goto('/desk?page=abc');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();

  await page.goto('/desk/search?q=said&page=abc');
  await expect(page.getByRole('searchbox', { name: /Words to find/ })).toHaveValue('said');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/desk/sources?page=abc');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();

  const checker = { Authorization: `Bearer ${createToken('factchecker')}` };
  const first = await (await request.get('/api/articles', { headers: checker })).json();
  const articles = await request.get('/api/articles?page=abc', { headers: checker });
  expect(articles.status()).toBe(200);
  expect(await articles.json()).toEqual(first);
  const search = await request.get('/api/claims/search?q=said&page=abc', { headers: checker });
  expect(search.status()).toBe(200);
  expect(await search.json()).toMatchObject({ page: 1 });
});
