import type { Browser, Page } from '@playwright/test';
import { importByPaste, signIn } from './fixtures';
import { expect, test } from './no-console-errors';

// Watches a new page for console errors too (the fixture watches only `page`).
async function watchedPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (m) => m.type() === 'error' && !/favicon\.ico/.test(`${m.text()} ${m.location().url}`) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const TEXT = [
  'Ferry Sale Planned',
  '',
  'Two council officials told the Lakeside Courier that the town had refused a request for a subsidy.',
  '',
  'The company will reportedly sell the ferry to a Danish operator next year.',
  '',
  'According to the company’s annual report, the ferry lost $1.2 million in 2025.',
].join('\n');

test('a fact-checker writes a public explanation and private notes; the editor publishes; readers and exports get only the explanation', async ({ page, browser }) => {
  const errors: string[] = [];
  const PUBLIC = `The council minutes of 4 March record the refusal (${stamp}).`;
  const PRIVATE = `Private lead ${stamp}: the clerk says the minutes were amended`;
  const SECOND_PRIVATE = `Second private note ${stamp}`;
  // A whole journey across three people and four exports: longer than one ordinary step's budget.
  test.slow();

  await signIn(page, 'factchecker');
  const workspaceUrl = await importByPaste(page, { title: `Ferry sale ${stamp}`, text: TEXT });
  const articleId = Number(/\/desk\/articles\/(\d+)/.exec(workspaceUrl)![1]);
  // The workspace loaded by its address, as a bookmark would.
  await page.goto(workspaceUrl);

  await page.getByRole('region', { name: 'Claims' }).getByRole('link', { name: /refused a request/ }).click();
  const panel = page.getByRole('region', { name: /^Claim \d+$/ });
  await expect(panel.getByRole('blockquote')).toContainText('refused a request');

  // The public explanation, by keyboard: n jumps to it.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  const explanation = panel.getByLabel('Public explanation');
  await expect(explanation).toBeFocused();
  await expect(explanation).toHaveAccessibleDescription(/Published word for word on the reader page/);
  await page.keyboard.type(PUBLIC);
  await panel.getByLabel('Status').selectOption('false');
  await panel.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // Two private notes, each kept with its author.
  const notes = panel.getByRole('region', { name: 'Private notes' });
  await expect(notes).toContainText('Team only: never shown to readers or exported.');
  const noteBox = notes.getByLabel('Private note', { exact: true });
  await noteBox.click();
  await page.keyboard.type(PRIVATE);
  await notes.getByRole('button', { name: 'Add private note' }).click();
  await expect(notes.getByRole('status')).toHaveText('Private note added.');
  await expect(noteBox).toHaveValue('');
  await noteBox.click();
  await page.keyboard.type(SECOND_PRIVATE);
  await notes.getByRole('button', { name: 'Add private note' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await expect(notes.getByRole('listitem').first()).toContainText(PRIVATE);
  await expect(notes.getByRole('listitem').first()).toContainText('Chris Checker');

  // An empty note is refused with a message; nothing is added.
  await notes.getByRole('button', { name: 'Add private note' }).click();
  await expect(notes.getByRole('status')).toContainText('Write the note first');
  await expect(notes.getByRole('listitem')).toHaveCount(2);

  // Both survive a reload; the explanation is in its own field.
  await page.reload();
  await expect(panel.getByLabel('Public explanation')).toHaveValue(PUBLIC);
  await expect(panel.getByRole('region', { name: 'Private notes' }).getByRole('listitem')).toHaveCount(2);

  // What the dialog should report, from the article as the API gives it.
  const view = (await (await page.request.get(`/api/articles/${articleId}`)).json()) as {
    slug: string;
    claims: { status: string; checkworthy: boolean; dismissed: boolean; sources: unknown[] }[];
  };
  const live = view.claims.filter((c) => !c.dismissed);
  const notReviewed = live.filter((c) => c.status === 'unreviewed' || c.status === 'in_progress').length;
  const checkworthyUnsourced = live.filter((c) => c.checkworthy && c.sources.length === 0).length;
  expect(notReviewed).toBe(live.length - 1);

  // The editor publishes; the dialog says what was checked, and the outcome is confirmed.
  const editor = await watchedPage(browser, errors);
  await signIn(editor, 'editor');
  await editor.goto(workspaceUrl);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = editor.getByRole('dialog', { name: 'Publish this article?' });
  await expect(dialog).toContainText(`${notReviewed} of ${live.length} claims are not reviewed yet.`);
  await expect(dialog).toContainText(
    checkworthyUnsourced === 0
      ? 'Every check-worthy claim names a source.'
      : `${checkworthyUnsourced} check-worthy claim${checkworthyUnsourced === 1 ? ' rests' : 's rest'} on no source.`,
  );
  await dialog.getByRole('button', { name: 'Confirm publish' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published: anyone can now read it.' })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Unpublish', exact: true })).toBeVisible();

  // A reader, by the page's address.
  const reader = await watchedPage(browser, errors);
  await reader.goto(`/a/${view.slug}`);
  await expect(reader.getByRole('complementary', { name: 'Summary' })).toContainText(`1 of ${live.length} claims reviewed`);
  const footnotes = reader.getByRole('region', { name: 'The claims' });
  await expect(footnotes).toContainText('Our explanation');
  await expect(footnotes).toContainText(PUBLIC);
  await expect(footnotes).toContainText('None named: the article attributes it only vaguely (“reportedly”)');
  await reader.getByRole('link', { name: /reportedly sell the ferry/ }).first().click();
  await expect(reader.getByRole('dialog')).toContainText('only vaguely (“reportedly”)');
  expect(await reader.content()).not.toContain(PRIVATE);
  expect(await reader.content()).not.toContain(SECOND_PRIVATE);

  // No export carries a private note; the ones that carry explanations carry the public one.
  for (const format of ['csv', 'json', 'claimreview', 'annotations']) {
    const response = await editor.request.get(`/api/articles/${articleId}/export?format=${format}`);
    expect(response.status(), format).toBe(200);
    const body = await response.text();
    expect(body, format).not.toContain(PRIVATE);
    expect(body, format).not.toContain(SECOND_PRIVATE);
    if (format !== 'claimreview') expect(body, format).toContain(`${stamp}).`);
  }
  expect(errors, 'console errors on the editor’s and reader’s pages').toEqual([]);
});
