// The publisher embed on a newsroom's own pages (e2e/publisher-site, started beside the app): the
// one-line snippet finds the claims in three differently built pages, marks them, opens their
// popovers by mouse and by keyboard, and leaves the host page's console clean under its strict CSP.
import { createToken, expect, signIn, test } from './fixtures';
import { PUBLISHER_ARTICLE_TITLE, publisherArticleText } from './publisher-site/article';
import { PUBLISHER_PORT } from './publisher-site/ports';

const PUBLISHER = `http://localhost:${PUBLISHER_PORT}`;
const HOST_PAGES = ['wordpress', 'react', 'amp'] as const;

let slug = '';
let articleId = 0;
let claimCount = 0;

test.beforeAll(async ({ request }) => {
  const auth = { Authorization: `Bearer ${createToken('editor')}` };
  const created = await request.post('/api/articles', {
    headers: auth,
    data: { title: `${PUBLISHER_ARTICLE_TITLE} ${Date.now().toString(36)}`, text: publisherArticleText(), format: 'text' },
  });
  expect(created.status()).toBe(201);
  const article = (await created.json()) as { id: number; slug: string; claims: { id: number; version: number; text: string }[] };
  expect(article.claims.length).toBeGreaterThanOrEqual(8);
  const mayor = article.claims.find((c) => c.text.includes('120 homes'))!;
  const review = await request.patch(`/api/claims/${mayor.id}`, { headers: auth, data: { status: 'misleading', note: 'The county counted 96 homes.', version: mayor.version } });
  expect(review.status()).toBe(200);
  expect((await request.post(`/api/articles/${article.id}/publish`, { headers: auth })).status()).toBe(200);
  slug = article.slug;
  articleId = article.id;
  claimCount = article.claims.length;
});

for (const host of HOST_PAGES) {
  test(`the embed marks the claims on the ${host} page and its popover works by mouse and keyboard`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));

    const response = await page.goto(`${PUBLISHER}/${host}?slug=${slug}`);
    // The host's own policy is the strict one: scripts and connections from the desk only.
    expect(response!.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src http:\/\/localhost:\d+; connect-src http:\/\/localhost:\d+$/);

    const summary = page.getByRole('complementary', { name: 'Fact-check summary' });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(`1 of ${claimCount} claims reviewed`);
    const markers = page.locator('claimdesk-claim button');
    const anchored = await markers.count();
    console.log(`${host}: ${anchored} of ${claimCount} claims anchored`);
    expect(anchored / claimCount).toBeGreaterThanOrEqual(0.95);
    // Whatever was not found is listed, never dropped.
    if (anchored < claimCount) await expect(summary).toContainText(`Not marked in the text (${claimCount - anchored})`);
    await expect(summary.getByRole('link', { name: 'Read the full fact-check of this article' })).toHaveAttribute('href', new RegExp(`/a/${slug}$`));

    // The reviewed claim: its marks cover the quote, and its button says the status in words and symbol.
    const misleading = page.getByRole('button', { name: /Misleading/ });
    await expect(misleading).toHaveText('◐ Misleading');
    await expect(page.locator('claimdesk-mark').filter({ hasText: '120 homes' })).toHaveCount(1);

    // Mouse: opens the popover with the finding and a deep link; Escape closes it and focus returns.
    await misleading.click();
    const dialog = page.getByRole('dialog', { name: /Claim \d+: ◐ Misleading/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('The county counted 96 homes.');
    await expect(dialog).toContainText('Elena Ruiz');
    await expect(dialog.getByRole('link', { name: 'Read the full fact-check' })).toHaveAttribute('href', new RegExp(`/a/${slug}#claim-\\d+$`));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(misleading).toBeFocused();

    // Keyboard: Tab goes on from there to the next claim's button, Enter opens, Close closes, focus returns.
    const focused = page.locator('claimdesk-claim button:focus');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 15 && (await focused.count()) === 0; i++) await page.keyboard.press('Tab');
    await expect(focused).toHaveCount(1);
    const label = await focused.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(focused).toHaveAttribute('aria-label', label!);

    // Host styles (span, mark and button rules of its own) did not reach the marks.
    await expect(page.locator('claimdesk-mark').first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    expect(problems).toEqual([]);
  });
}

test('the workspace of a published article gives the embed snippet to copy', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto(`/desk/articles/${articleId}`);
  await page.getByText('Show the fact-checks on your own article page').click();
  const snippet = page.getByLabel('Add this line to the article page, after the article text:');
  await expect(snippet).toHaveValue(new RegExp(`^<script src="http://localhost:\\d+/embed\\.js" data-claimdesk="${slug}" async></script>$`));
});
