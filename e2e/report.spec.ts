import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

test('an editor opens the sourcing report of an article', async ({ page }) => {
  await signIn(page, 'editor');
  await importByPaste(page, sampleArticle('Report'));
  await page.getByRole('link', { name: 'Sourcing report' }).click();
  await expect(page.getByRole('heading', { name: 'Sourcing report' })).toBeVisible();
  const byType = page.getByRole('table').first();
  await expect(byType.getByRole('row', { name: /Anonymous/ })).toContainText(/\b[1-9]\d*\b/);
  await expect(byType.getByRole('row', { name: /Named person/ })).toContainText(/\b[1-9]\d*\b/);
  await expect(page.getByText('Resting only on anonymous sources')).toBeVisible();
  await expect(page.getByText('Unattributed', { exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Unreviewed/ })).toBeVisible();
});
