// The whole review journey, by mouse and keyboard alone: import an article, review it with notes
// and evidence, split and merge claims, undo, fix a source in place, publish, and read it.
import type { Page } from '@playwright/test';
import { expect, sampleArticle, signIn, test } from './fixtures';

/** Where the first and last characters of `words` are drawn (read-only measurement; see e2e/README.md). */
async function wordsAt(page: Page, words: string) {
  const box = await page.getByRole('region', { name: 'Article text' }).evaluate((pane, needle) => {
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      return { x: first.left, y: first.top + first.height / 2 };
    }
    return null;
  }, words);
  if (!box) throw new Error(`"${words}" is not in the article text`);
  return box;
}

test('import, review, correct, publish and read, by mouse and keyboard', async ({ page, browser }) => {
  test.slow();
  await signIn(page, 'editor');
  const article = sampleArticle('Journey');

  // Import: typed into the form, sent with the keyboard.
  await page.getByRole('link', { name: 'Import' }).first().click();
  await page.getByLabel('Title').fill(article.title);
  await page.getByLabel('Outlet').fill('Lakeside Courier');
  await page.getByLabel('Article text').fill(article.text);
  await page.getByRole('button', { name: 'Import and extract claims' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible({ timeout: 20_000 });

  const panel = page.getByRole('region', { name: /^Claim \d+$/ });
  const status = page.getByRole('main').getByRole('status');
  const claims = page.getByRole('region', { name: 'Claims' });

  // Review the first claim with the keyboard: a note, then a status key saves both.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  await page.keyboard.type('Timetable checked on the company site.');
  await page.keyboard.press('Tab');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('4'); // Mostly true
  await expect(status).toHaveText('Saved.');
  await expect(panel.getByLabel('Public explanation')).toHaveValue('Timetable checked on the company site.');

  // Evidence for it.
  const evidence = panel.getByRole('form', { name: 'Add evidence' });
  await evidence.getByLabel('Evidence URL').click();
  await page.keyboard.type('https://example.org/winter-timetable');
  await evidence.getByLabel('Evidence title').click();
  await page.keyboard.type('Winter timetable');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Evidence added.');

  // Split the officials' claim by clicking where it should be cut, then undo the split.
  const cut = await wordsAt(page, ' that the town');
  await page.mouse.click(cut.x + 1, cut.y);
  await expect(panel.getByRole('blockquote')).toContainText('Two council officials');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: /Split claim \d+ here/ }).click();
  await expect(status).toHaveText('Claim split in two.');
  await panel.getByRole('button', { name: 'Undo my last change' }).click();
  await expect(status).toHaveText('Last change undone.');
  await expect(claims.getByRole('link', { name: /told the Lakeside Courier that the town had refused/ })).toBeVisible();

  // Merge the quote with the claim after it, and undo that too.
  await claims.getByRole('link', { name: /30 percent fewer passengers/ }).click();
  await expect(panel.getByRole('blockquote')).toContainText('30 percent fewer passengers');
  await panel.getByRole('button', { name: 'Merge with next claim' }).click();
  await expect(status).toHaveText('Claims merged.');
  await expect(panel.getByRole('blockquote')).toContainText('Two council officials');
  await panel.getByRole('button', { name: 'Undo my last change' }).click();
  await expect(status).toHaveText('Last change undone.');
  await expect(panel.getByRole('blockquote')).not.toContainText('Two council officials');

  // Fix the quote's source in place: give its full name and role.
  const source = (await panel.locator('.sources strong').first().textContent())!;
  await panel.getByText(`Correct ${source}`).click();
  const correct = panel.getByRole('form', { name: `Correct ${source}` });
  await correct.getByRole('textbox', { name: 'Name' }).fill('Paul Menon, operations director');
  await correct.getByRole('combobox', { name: /^Type/ }).selectOption('person');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(status).toHaveText('Source corrected.');
  await expect(page.getByRole('region', { name: 'Sources in this article' })).toContainText('Paul Menon, operations director');

  // Publish and read.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('dialog', { name: 'Publish this article?' }).getByRole('button', { name: 'Confirm publish' }).click();
  await page.getByRole('link', { name: 'Published reader page' }).click();
  await expect(page).toHaveURL(/\/a\/journey-/);
  const readerUrl = page.url();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(readerUrl);
  await expect(reader.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  const notes = reader.getByRole('region', { name: 'The claims' });
  await expect(notes).toContainText('Mostly true');
  await expect(notes).toContainText('Paul Menon, operations director');
  // The split was undone: the officials' claim is whole on the reader page too.
  await expect(notes).toContainText('Two council officials told the Lakeside Courier that the town had refused');
  await reader.context().close();
});
