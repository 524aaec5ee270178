import { expect, signIn, test } from './fixtures';

/** An invented news page: the article inside menus, an ad, a sidebar and a footer. */
function htmlPage(label: string) {
  const headline = `Harbour Expansion Approved ${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${headline} | The Bay Herald</title>
<meta property="og:site_name" content="The Bay Herald"><style>p { color: navy; }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/sport">Sport pages</a> <a href="/weather">Weather desk</a></nav>
<div class="ad-banner">Buy two pairs of shoes at Marina Outfitters!</div>
<main><article>
<h1>${headline}</h1>
<p>The Bay City council approved the harbour expansion on Tuesday by a vote of seven to two.</p>
<p>&ldquo;The project will cost &pound;40 million and create 300 jobs,&rdquo; said mayor Ana Silva.</p>
<h2>Environmental Concerns</h2>
<p>Two council members told the Bay Herald that the environmental review had been rushed.</p>
<p>According to the port authority&rsquo;s annual report, cargo traffic grew 12 percent in 2025.</p>
</article></main>
<aside class="sidebar"><h3>Most read</h3><p>Storm closes the coastal road again.</p></aside>
<footer>&copy; 2026 The Bay Herald. All rights reserved.</footer>
<script>document.title = 'hacked';</script>
</body></html>`;
  return { headline, html };
}

async function expectArticleWithoutFurniture(page: import('@playwright/test').Page, headline: string) {
  await expect(page).toHaveURL(/\/desk\/articles\/\d+/);
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  const text = page.getByRole('region', { name: 'Article text' });
  await expect(text).toContainText('approved the harbour expansion on Tuesday');
  await expect(text).toContainText('Environmental Concerns');
  for (const furniture of ['Sport pages', 'Marina Outfitters', 'Most read', 'All rights reserved', 'hacked', 'color: navy']) {
    await expect(text).not.toContainText(furniture);
  }
  // Markup is gone: no tag survives as text, and entities became characters.
  await expect(text).not.toContainText('<p>');
  await expect(text).toContainText('£40 million');
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('Ana Silva');
}

test.describe('importing an HTML page', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'factchecker');
  });

  test('by uploading an .html file: the article text is kept and the page title becomes the title', async ({ page }) => {
    const { headline, html } = htmlPage('File');
    await page.goto('/desk/import');
    await page.getByLabel(/upload a \.txt, \.md or \.html file/).setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expectArticleWithoutFurniture(page, headline);
    await expect(page.getByText('The Bay Herald').first()).toBeVisible();
  });

  test('by pasting HTML: it is recognised and reduced the same way', async ({ page }) => {
    const { headline, html } = htmlPage('Paste');
    await page.goto('/desk/import');
    await page.getByLabel('Article text').fill(html);
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expectArticleWithoutFurniture(page, headline);
  });

  test('an HTML file that is not UTF-8 is refused with a clear message', async ({ page }) => {
    await page.goto('/desk/import');
    await page.getByLabel('Title').fill('Legacy page');
    // "café" in Windows-1252.
    await page.getByLabel(/upload a \.txt, \.md or \.html file/).setInputFiles({ name: 'old.html', mimeType: 'text/html', buffer: Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]) });
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('not UTF-8');
    await expect(page).toHaveURL(/\/desk\/import$/);
  });
});
