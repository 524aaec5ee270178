import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

test('an editor opens the sourcing report of an article', async ({ page }) => {
  await signIn(page, 'editor');
  await importByPaste(page, sampleArticle('Report'));
  await page.getByRole('link', { name: 'Sourcing report' }).click();
  await expect(page.getByRole('heading', { name: 'Sourcing report' })).toBeVisible();
  // The sample article has five claims: one from a named person, one from anonymous officials,
  // one from a document, and two in the author's own voice.
  const byType = page.getByRole('table').first();
  const countFor = (type: string) => byType.getByRole('row', { name: type }).getByRole('cell').first();
  await expect(countFor('Named person')).toHaveText('1');
  await expect(countFor('Anonymous')).toHaveText('1');
  await expect(countFor('Document')).toHaveText('1');
  await expect(countFor('No source')).toHaveText('2');
  await expect(page.getByText('Resting only on anonymous sources')).toBeVisible();
  await expect(page.getByText('Unattributed', { exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Unreviewed/ })).toBeVisible();
});
