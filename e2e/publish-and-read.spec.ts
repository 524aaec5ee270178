import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

test('an editor publishes an article and a reader sees its claims annotated', async ({ page, browser }) => {
  await signIn(page, 'editor');
  const article = sampleArticle('Published');
  await importByPaste(page, article);
  const panel = page.getByRole('region', { name: /^Claim \d+$/ });
  // A status is saved as soon as it is picked.
  await panel.getByLabel('Status').selectOption('mostly_true');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved.');
  // Publishing asks for confirmation first; cancelling changes nothing.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Publish this article?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('link', { name: 'Published reader page' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await confirm.getByRole('button', { name: 'Confirm publish' }).click();
  await page.getByRole('link', { name: 'Published reader page' }).click();
  await expect(page).toHaveURL(/\/a\/published-/);
  const readerUrl = page.url();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(readerUrl);
  await expect(reader.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(reader.getByRole('complementary', { name: 'Summary' })).toContainText('Claims');
  const notes = reader.getByRole('region', { name: 'The claims' });
  await expect(notes).toContainText('Mostly true');
  await expect(notes).toContainText('anonymous source, via');
  await expect(reader.locator('#claim-1')).toBeVisible();

  // Unpublishing takes the page down.
  await page.goBack();
  await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
  await page.getByRole('dialog', { name: 'Take this article down?' }).getByRole('button', { name: 'Confirm unpublish' }).click();
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeVisible();
  // The next reader: a browser that has not kept the page (readers' own copies live up to a minute,
  // docs/decisions/0011-reader-page-http-cache.md).
  const nextReader = await (await browser.newContext()).newPage();
  const gone = await nextReader.goto(readerUrl);
  expect(gone?.status()).toBe(404);
});

test.describe('an unknown or unpublished slug is a 404 page, not an error', () => {
  // The refusal is the point: the browser logs the 404 response, and only that is allowed.
  test.use({ allowConsoleErrors: [/the server responded with a status of 404/] });
  test('an unknown or unpublished slug is a 404 page, not an error', async ({ page }) => {
    const res = await page.goto('/a/no-such-article');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});

test('the demo article is published with its reviews', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Millbrook closes Harbour Bridge to heavy trucks' }).click();
  await expect(page.getByRole('region', { name: 'The claims' })).toContainText('True');
});
