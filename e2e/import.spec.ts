import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

test.describe('importing an article', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'factchecker');
  });

  test('by pasting text: the claims appear highlighted and listed', async ({ page }) => {
    const article = sampleArticle('Pasted');
    await importByPaste(page, article);
    const claims = page.getByRole('region', { name: 'Claims' }).getByRole('listitem');
    await expect(claims.first()).toBeVisible();
    expect(await claims.count()).toBeGreaterThanOrEqual(4);
    // The headline is not a claim; the named source is found.
    await expect(page.getByRole('region', { name: 'Claims' })).not.toContainText('Ferry Service Cut');
    await expect(page.getByRole('region', { name: 'Claims' })).toContainText('Paul Menon');
    // Claims are highlights in the text (not links, so that a click places the caret).
    await expect(page.getByRole('region', { name: 'Article text' }).locator('mark.claim').first()).toBeVisible();
  });

  test('by uploading a .md file', async ({ page }) => {
    const article = sampleArticle('Uploaded');
    await page.goto('/desk/import');
    await page.getByLabel('Title').fill(article.title);
    await page.getByLabel(/upload a \.txt, \.md or \.html file/).setInputFiles({ name: 'ferry.md', mimeType: 'text/markdown', buffer: Buffer.from(article.text) });
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expect(page).toHaveURL(/\/desk\/articles\/\d+/);
    await expect(page.getByRole('region', { name: 'Claims' })).toContainText('Lakeside Ferry Company');
  });

  test('a binary file is refused with a clear message and nothing is stored', async ({ page }) => {
    const title = sampleArticle('Binary').title;
    await page.goto('/desk/import');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel(/upload a \.txt, \.md or \.html file/).setInputFiles({ name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('binary file');
    await page.goto('/desk');
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test('empty text is refused, naming the field', async ({ page }) => {
    await page.goto('/desk/import');
    await page.getByLabel('Title').fill('Nothing here');
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expect(page.getByText('Text is empty')).toBeVisible();
  });
});
