import { expect, signIn, test } from './fixtures';

test('search finds a claim, and the claim shows similar claims already reviewed elsewhere', async ({ page }) => {
  await signIn(page, 'factchecker');
  // A made-up town name keeps this test's claims apart from every other test's.
  // Writes with the session cookie must come from the app's own origin (CSRF check).
  const headers = { Origin: new URL(page.url()).origin };
  const town = `Quarrow${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  const earlier = await page.request.post('/api/articles', {
    headers,
    data: { title: `${town} rates last year`, outlet: 'Valley Times', text: `The ${town} Water Board raised household rates by 6 percent in March.\n\nResidents protested outside the town hall.` },
  });
  expect(earlier.status()).toBe(201);
  const earlierClaim = (await earlier.json()).claims.find((c: { text: string }) => c.text.includes('household rates'));
  const reviewed = await page.request.patch(`/api/claims/${earlierClaim.id}`, { headers, data: { status: 'misleading', note: 'Only for small users.', version: earlierClaim.version } });
  expect(reviewed.status()).toBe(200);

  const now = await page.request.post('/api/articles', {
    headers,
    data: { title: `${town} rates rise again`, outlet: 'Lakeside Courier', text: `The ${town} Water Board raised household rates by 8 percent on Monday.\n\nThe mayor said the rise was unavoidable.` },
  });
  expect(now.status()).toBe(201);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Words to find').fill(`${town} household rates`);
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.getByRole('region', { name: 'Search results' }).getByRole('listitem');
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: `${town} rates last year` })).toContainText('Misleading');

  // Filters narrow it down.
  await page.getByRole('combobox', { name: 'Status' }).selectOption('misleading');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(results).toHaveCount(1);
  await expect(results).toContainText(`${town} rates last year`);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('');
  await page.getByRole('textbox', { name: 'Outlet' }).fill('Lakeside Courier');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(results).toHaveCount(1);

  // FTS syntax typed into the box is just words.
  await page.getByRole('textbox', { name: 'Outlet' }).fill('');
  await page.getByLabel('Words to find').fill(`${town}" OR NEAR(`);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No claims match.')).toBeVisible();

  await page.getByLabel('Words to find').fill(`${town} household rates`);
  await page.getByRole('button', { name: 'Search' }).click();
  await results.filter({ hasText: `${town} rates rise again` }).getByRole('link').click();
  await expect(page).toHaveURL(/\/desk\/articles\/\d+\?claim=\d+/);
  const similar = page.getByRole('region', { name: 'Reviewed elsewhere' });
  await expect(similar).toContainText('raised household rates by 6 percent in March');
  await expect(similar).toContainText('Misleading');
  await expect(similar).toContainText(`${town} rates last year`);
});
