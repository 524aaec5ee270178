import type { Page } from '@playwright/test';
import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

/**
 * Where `words` are drawn in the article pane, so that the mouse can go there. Read-only: it
 * measures a detached range and never touches the document's selection (see e2e/README.md).
 */
async function wordsAt(page: Page, words: string) {
  const box = await page.getByRole('region', { name: 'Article text' }).evaluate((pane, needle) => {
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const measure = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const first = measure(at);
      const last = measure(at + needle.length - 1);
      return { x: first.left, y: first.top + first.height / 2, endX: last.right, endY: last.top + last.height / 2 };
    }
    return null;
  }, words);
  if (!box) throw new Error(`"${words}" is not in one text run of the article`);
  return box;
}

/** Drags the mouse over `words`, as a fact-checker selecting them would. */
async function dragOver(page: Page, words: string) {
  const at = await wordsAt(page, words);
  await page.mouse.move(at.x + 1, at.y);
  await page.mouse.down();
  await page.mouse.move(at.endX - 1, at.endY, { steps: 8 });
  await page.mouse.up();
}

/** Clicks just before the first character of `words`, leaving the caret there. */
async function clickBefore(page: Page, words: string) {
  const at = await wordsAt(page, words);
  await page.mouse.click(at.x + 1, at.y);
}

const panel = (page: Page) => page.getByRole('region', { name: /^Claim \d+$/ });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const claimList = (page: Page) => page.getByRole('region', { name: 'Claims' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selection' });

test.beforeEach(async ({ page }) => {
  await signIn(page, 'factchecker');
  await importByPaste(page, sampleArticle('Corrections'));
});

test('add a missed claim by dragging over text, then dismiss it', async ({ page }) => {
  await dragOver(page, 'Ferry Service Cut');
  await expect(toolbar(page)).toContainText('“Ferry Service Cut”');
  await toolbar(page).getByRole('button', { name: 'Add as claim' }).click();
  await expect(status(page)).toHaveText('Claim added.');
  await expect(panel(page).getByRole('blockquote')).toHaveText('Ferry Service Cut');
  await expect(panel(page)).toContainText('added by hand');

  await panel(page).getByRole('button', { name: 'Dismiss claim' }).click();
  await expect(status(page)).toHaveText('Claim dismissed.');
  await expect(claimList(page)).not.toContainText('Ferry Service Cut');
  await page.getByLabel('Show dismissed').check();
  await expect(claimList(page)).toContainText('Ferry Service Cut');
});

test('a drag that starts inside a claim selects its words, and the toolbar does not move the text', async ({ page }) => {
  const before = await wordsAt(page, 'the ferry lost');
  await dragOver(page, 'the ferry lost $1.2 million in 2025');
  await expect(toolbar(page)).toContainText('“the ferry lost $1.2 million in 2025”');
  await expect(toolbar(page).getByRole('button', { name: 'Add as claim' })).toBeVisible();
  expect(await wordsAt(page, 'the ferry lost')).toEqual(before);
});

test('split a claim by clicking in it, merge it back, and undo both', async ({ page }) => {
  // One click in the text selects the claim and leaves the caret where the person clicked.
  await clickBefore(page, ' that the town');
  await expect(panel(page).getByRole('blockquote')).toContainText('Two council officials');
  await toolbar(page).getByRole('button', { name: /Split claim \d+ here/ }).click();
  await expect(status(page)).toHaveText('Claim split in two.');
  await expect(panel(page).getByRole('blockquote')).toHaveText(/^that the town had refused/);
  await expect(panel(page)).toContainText('Two council officials'); // the second half keeps the source
  // The list numbers claims as the panel does (the split's new claim takes the next free number).
  const heading = (await panel(page).getByRole('heading', { level: 2 }).first().textContent())!;
  const number = heading.match(/Claim (\d+)/)![1];
  await expect(claimList(page).locator('li.selected')).toContainText(`${number}.`);

  // Undo on the second half (where the workspace landed) joins the halves again: no text is lost.
  await panel(page).getByRole('button', { name: 'Undo my last change' }).click();
  await expect(status(page)).toHaveText('Last change undone.');
  await expect(claimList(page).getByRole('link', { name: /Two council officials told the Lakeside Courier that the town had refused/ })).toBeVisible();

  await clickBefore(page, ' that the town');
  await toolbar(page).getByRole('button', { name: /Split claim \d+ here/ }).click();
  await expect(status(page)).toHaveText('Claim split in two.');
  await claimList(page).getByRole('link', { name: /Two council officials told/ }).click();
  // Wait for the first half to be the selected claim, or the merge may act on the claim still shown.
  await expect(panel(page).getByRole('blockquote')).toHaveText(/^Two council officials told the Lakeside Courier$/);
  await panel(page).getByRole('button', { name: 'Merge with next claim' }).click();
  await expect(status(page)).toHaveText('Claims merged.');
  await expect(panel(page).getByRole('blockquote')).toContainText('told the Lakeside Courier that the town had refused');
  await expect(page.locator('.history')).toContainText(/merged claim \d+ into this claim/);

  await panel(page).getByRole('button', { name: 'Undo my last change' }).click();
  await expect(status(page)).toHaveText('Last change undone.');
  await expect(panel(page).getByRole('blockquote')).toHaveText(/^Two council officials told the Lakeside Courier$/);
  await expect(claimList(page).getByRole('link', { name: /Unreviewed that the town had refused/ })).toBeVisible();
});

test('adjust a claim’s span by dragging over part of it', async ({ page }) => {
  await claimList(page).getByRole('link', { name: /annual report/ }).click();
  await expect(panel(page).getByRole('blockquote')).toContainText('annual report');
  await dragOver(page, 'the ferry lost $1.2 million in 2025');
  await toolbar(page).getByRole('button', { name: /Make this claim \d+’?'?s text/ }).click();
  await expect(status(page)).toHaveText('Span adjusted.');
  await expect(panel(page).getByRole('blockquote')).toHaveText('the ferry lost $1.2 million in 2025');
  await expect(page.locator('.history')).toContainText(/claim text moved to characters \d+–\d+ \(was \d+–\d+\)/);
});

test('relink and correct sources, attach evidence, assign, and undo the last change', async ({ page }) => {
  await claimList(page).getByRole('link', { name: /winter timetable/ }).click();
  await expect(panel(page)).toContainText('No source');

  await panel(page).getByText('Link a source').click();
  const form = panel(page).getByRole('form', { name: 'Link a source' });
  await form.getByLabel('New source name').fill('Lakeside Ferry Company');
  await form.getByLabel('New source type').selectOption('organization');
  await form.getByLabel('Via', { exact: true }).fill('Lakeside Courier');
  await form.getByLabel('Cue').fill('announced');
  await form.getByRole('button', { name: 'Link source' }).click();
  await expect(status(page)).toHaveText('Source linked.');
  await expect(panel(page)).toContainText('Lakeside Ferry Company');
  await expect(page.locator('.history')).toContainText('linked source Lakeside Ferry Company (organization)');
  await panel(page).getByLabel('Type of Lakeside Ferry Company').selectOption('document');
  await expect(status(page)).toHaveText('Source corrected.');
  await expect(panel(page).locator('.type-document')).toBeVisible();

  // Correct the source in place: rename it; the article's source list follows.
  await panel(page).getByText('Correct Lakeside Ferry Company').click();
  const correct = panel(page).getByRole('form', { name: 'Correct Lakeside Ferry Company' });
  await correct.getByRole('textbox', { name: 'Name' }).fill('Lakeside Ferry Co.');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(status(page)).toHaveText('Source corrected.');
  const sources = page.getByRole('region', { name: 'Sources in this article' });
  await expect(sources).toContainText('Lakeside Ferry Co.');
  await expect(sources).not.toContainText('Lakeside Ferry Company');
  await expect(page.locator('.history')).toContainText('renamed source “Lakeside Ferry Company” → “Lakeside Ferry Co.”');

  const evidence = panel(page).getByRole('form', { name: 'Add evidence' });
  await evidence.getByLabel('Evidence URL').fill('javascript:alert(1)');
  await evidence.getByLabel('Evidence title').fill('Bad link');
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await expect(status(page)).toContainText('correct');
  await evidence.getByLabel('Evidence URL').fill('https://example.org/timetable');
  await evidence.getByLabel('Evidence title').fill('Winter timetable 2026');
  await evidence.getByLabel('Stance').selectOption('supports');
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await expect(status(page)).toHaveText('Evidence added.');
  await expect(panel(page).getByRole('link', { name: 'Winter timetable 2026' })).toHaveAttribute('href', 'https://example.org/timetable');

  await panel(page).getByLabel('Assignee').selectOption({ label: 'Chris Checker (me)' });
  await expect(status(page)).toHaveText('Assignee saved.');
  await page.getByLabel('Assigned to me').check();
  await expect(claimList(page).getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Assigned to me').uncheck();

  await panel(page).getByRole('button', { name: 'Undo my last change' }).click();
  await expect(status(page)).toHaveText('Last change undone.');
  await expect(panel(page).getByLabel('Assignee')).toHaveValue('');
  await expect(panel(page).getByRole('link', { name: 'Winter timetable 2026' })).toBeVisible();

  // A source no claim stands on any more leaves the article's list.
  await panel(page).getByRole('button', { name: 'Remove Lakeside Ferry Co.' }).click();
  await expect(status(page)).toHaveText('Source removed from the claim.');
  await expect(sources).not.toContainText('Lakeside Ferry Co.');
});

test('keyboard: move between claims, set a status with one key, open the shortcut help', async ({ page }) => {
  const first = await panel(page).getByRole('blockquote').textContent();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('j');
  await expect(panel(page).getByRole('blockquote')).not.toHaveText(first!);
  await page.keyboard.press('k');
  await expect(panel(page).getByRole('blockquote')).toHaveText(first!);
  await page.keyboard.press('3'); // True
  await expect(status(page)).toHaveText('Saved.');
  await expect(panel(page).getByLabel('Status')).toHaveValue('true');
  await expect(page.locator('.history')).toContainText('status Unreviewed → True');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('n');
  await expect(panel(page).getByLabel('Public explanation')).toBeFocused();
});

test('a typed note is never lost: not to a status key, not to j/k, not to a click elsewhere', async ({ page }) => {
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  await page.keyboard.type('Timetable confirmed with the company.');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('3');
  await expect(status(page)).toHaveText('Saved.');
  await expect(panel(page).getByLabel('Public explanation')).toHaveValue('Timetable confirmed with the company.');
  await expect(panel(page).getByLabel('Status')).toHaveValue('true');

  // An unsaved note stays with its claim while the person looks at others.
  await page.keyboard.press('n');
  await page.keyboard.type(' Second call made.');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('j');
  await expect(claimList(page)).toContainText('Unsaved note');
  await page.keyboard.press('k');
  await expect(panel(page).getByLabel('Public explanation')).toHaveValue('Timetable confirmed with the company. Second call made.');
  await expect(panel(page)).toContainText('Not saved yet');

  // A status picked from the list is saved at once, with the note, and survives j/k and a reload.
  await panel(page).getByLabel('Status').selectOption('mostly_true');
  await expect(status(page)).toHaveText('Saved.');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.reload();
  await expect(panel(page).getByLabel('Status')).toHaveValue('mostly_true');
  await expect(panel(page).getByLabel('Public explanation')).toHaveValue('Timetable confirmed with the company. Second call made.');
});

test('the side panel opens at the selected claim, not scrolled to the claim list', async ({ page }) => {
  const last = claimList(page).getByRole('link').last();
  const href = (await last.getAttribute('href'))!;
  await page.goto(new URL(href, page.url()).toString());
  await expect(panel(page).getByLabel('Status')).toBeInViewport();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('k');
  await expect(panel(page).getByLabel('Status')).toBeInViewport();
});

test('filters narrow the claim list', async ({ page }) => {
  const list = claimList(page).getByRole('listitem');
  const all = await list.count();
  await page.getByLabel('Anonymous only').check();
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText('Two council officials');
  await page.getByLabel('Anonymous only').uncheck();
  await page.getByLabel('Unattributed only').check();
  await expect(list).toHaveCount(2);
  await page.getByLabel('Unattributed only').uncheck();
  await page.getByRole('group', { name: 'Filter claims' }).getByLabel('Source type').selectOption('person');
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText('Paul Menon');
  await page.getByRole('group', { name: 'Filter claims' }).getByLabel('Source type').selectOption('');
  await expect(list).toHaveCount(all);
});

test('the site icon is served, so first visits log no 404', async ({ page }) => {
  expect((await page.request.get('/favicon.ico')).status()).toBe(200);
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
});
