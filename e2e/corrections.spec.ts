import type { Page } from '@playwright/test';
import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

/** Selects the given words in the article pane, as a fact-checker dragging the mouse would. */
async function selectText(page: Page, words: string, caretOnly = false) {
  await page.getByRole('region', { name: 'Article text' }).evaluate(
    (pane, [needle, caret]) => {
      const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, caret ? at : at + (needle as string).length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${needle}" not found in one text node`);
    },
    [words, caretOnly] as const,
  );
}

const panel = (page: Page) => page.getByRole('region', { name: /^Claim \d+$/ });
const status = (page: Page) => page.getByRole('main').getByRole('status');

test.beforeEach(async ({ page }) => {
  await signIn(page, 'factchecker');
  await importByPaste(page, sampleArticle('Corrections'));
});

test('add a missed claim by selecting text, then dismiss it', async ({ page }) => {
  await selectText(page, 'Ferry Service Cut');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Add as claim' }).click();
  await expect(status(page)).toHaveText('Claim added.');
  await expect(panel(page).getByRole('blockquote')).toHaveText('Ferry Service Cut');
  await expect(panel(page)).toContainText('added by hand');

  await panel(page).getByRole('button', { name: 'Dismiss claim' }).click();
  await expect(status(page)).toHaveText('Claim dismissed.');
  await expect(page.getByRole('region', { name: 'Claims' })).not.toContainText('Ferry Service Cut');
  await page.getByLabel('Show dismissed').check();
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('Ferry Service Cut');
});

test('split a claim at the caret and merge it back', async ({ page }) => {
  await page.getByRole('region', { name: 'Claims' }).getByRole('link', { name: /Two council officials/ }).click();
  // Selecting a claim is a navigation: wait for the panel to show it before acting on it.
  await expect(panel(page).getByRole('blockquote')).toContainText('Two council officials');
  await selectText(page, ' that the town', true);
  await page.getByRole('button', { name: /Split claim \d+ here/ }).click();
  await expect(status(page)).toHaveText('Claim split in two.');
  await expect(panel(page).getByRole('blockquote')).toHaveText(/^that the town had refused/);
  await expect(panel(page)).toContainText('Two council officials'); // the second half keeps the source

  await page.getByRole('region', { name: 'Claims' }).getByRole('link', { name: /Two council officials told/ }).click();
  // Wait for the first half to be the selected claim, or the merge may act on the claim still shown.
  await expect(panel(page).getByRole('blockquote')).toHaveText(/^Two council officials told the Lakeside Courier$/);
  await panel(page).getByRole('button', { name: 'Merge with next claim' }).click();
  await expect(status(page)).toHaveText('Claims merged.');
  await expect(panel(page).getByRole('blockquote')).toContainText('told the Lakeside Courier that the town had refused');
});

test('adjust a claim’s span by selecting text', async ({ page }) => {
  await page.getByRole('region', { name: 'Claims' }).getByRole('link', { name: /annual report/ }).click();
  await expect(panel(page).getByRole('blockquote')).toContainText('annual report');
  await selectText(page, 'the ferry lost $1.2 million in 2025');
  await page.getByRole('button', { name: /Make this claim \d+’?'?s text/ }).click();
  await expect(status(page)).toHaveText('Span adjusted.');
  await expect(panel(page).getByRole('blockquote')).toHaveText('the ferry lost $1.2 million in 2025');
  await expect(page.locator('.history')).toContainText('changed span');
});

test('relink sources, attach evidence, assign, and undo the last change', async ({ page }) => {
  await page.getByRole('region', { name: 'Claims' }).getByRole('link', { name: /winter timetable/ }).click();
  await expect(panel(page)).toContainText('No source');

  await panel(page).getByText('Link a source').click();
  const form = panel(page).getByRole('form', { name: 'Link a source' });
  await form.getByLabel('New source name').fill('Lakeside Ferry Company');
  await form.getByLabel('New source type').selectOption('organization');
  await form.getByLabel('Via (outlet that relayed it)').fill('Lakeside Courier');
  await form.getByLabel('Cue').fill('announced');
  await form.getByRole('button', { name: 'Link source' }).click();
  await expect(status(page)).toHaveText('Source linked.');
  await expect(panel(page)).toContainText('Lakeside Ferry Company');
  await panel(page).getByLabel('Type of Lakeside Ferry Company').selectOption('document');
  await expect(status(page)).toHaveText('Source corrected.');
  await expect(panel(page).locator('.type-document')).toBeVisible();

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
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Assigned to me').uncheck();

  await panel(page).getByRole('button', { name: 'Undo my last change' }).click();
  await expect(status(page)).toHaveText('Last change undone.');
  await expect(panel(page).getByLabel('Assignee')).toHaveValue('');
  await expect(panel(page).getByRole('link', { name: 'Winter timetable 2026' })).toBeVisible();
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
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('n');
  await expect(panel(page).getByLabel('Public explanation')).toBeFocused();
});

test('filters narrow the claim list', async ({ page }) => {
  const list = page.getByRole('region', { name: 'Claims' }).getByRole('listitem');
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
