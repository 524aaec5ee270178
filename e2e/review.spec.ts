import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

test('a fact-checker reviews a claim: sources shown, status and note saved with history', async ({ page }) => {
  await signIn(page, 'factchecker');
  await importByPaste(page, sampleArticle('Review'));

  const claimList = page.getByRole('region', { name: 'Claims' });
  await claimList.getByRole('link', { name: /Two council officials/ }).click();
  const panel = page.getByRole('region', { name: /^Claim \d+$/ });
  await expect(panel.getByRole('blockquote')).toContainText('Two council officials');
  await expect(panel).toContainText('Anonymous');
  await expect(panel).toContainText('Lakeside Courier');
  await expect(panel).toContainText('told');
  // Selecting in the list highlights the same claim in the text.
  await expect(page.getByRole('region', { name: 'Article text' }).locator('mark.selected')).toContainText('Two council officials');

  await panel.getByLabel('Public explanation').fill('Council says no subsidy request was ever filed.');
  await panel.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved.');
  // A status is saved as soon as it is picked.
  await panel.getByLabel('Status').selectOption('unsupported');
  await expect(page.locator('.history')).toContainText('status Unreviewed → Unsupported');
  await expect(page.locator('.history')).toContainText('note “Council says no subsidy request was ever filed.”');
  await expect(claimList.getByRole('link', { name: /Two council officials/ })).toContainText('Unsupported');

  await page.reload();
  await expect(page.getByRole('region', { name: /^Claim \d+$/ }).getByLabel('Public explanation')).toHaveValue('Council says no subsidy request was ever filed.');
});

test('a change made against a stale version is refused, and the other person’s change is shown', async ({ browser }) => {
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await signIn(alice, 'factchecker');
  const url = await importByPaste(alice, sampleArticle('Conflict'));
  await signIn(bob, 'editor');
  await bob.goto(url);

  const alicePanel = alice.getByRole('region', { name: /^Claim \d+$/ });
  const bobPanel = bob.getByRole('region', { name: /^Claim \d+$/ });
  await alicePanel.getByLabel('Public explanation').fill('Alice checked the timetable.');
  await alicePanel.getByLabel('Status').selectOption('true');
  await expect(alice.getByRole('main').getByRole('status')).toHaveText('Saved.');

  await bobPanel.getByLabel('Status').selectOption('false');
  await expect(bob.getByRole('main').getByRole('status')).toContainText('Someone else changed this claim');
  await expect(bob.locator('.conflict')).toContainText('True');
  await expect(bob.locator('.conflict')).toContainText('Alice checked the timetable.');
  // Bob's page now shows Alice's state; nothing of his was written.
  await expect(bobPanel.getByLabel('Status')).toHaveValue('true');

  await alice.reload();
  await expect(alice.getByRole('region', { name: /^Claim \d+$/ }).getByLabel('Status')).toHaveValue('true');
});

test('a long claim history is read a page at a time, newest first, back to the first change', async ({ page }) => {
  await signIn(page, 'factchecker');
  const headers = { Origin: new URL(page.url()).origin };
  const created = await page.request.post('/api/articles', { headers, data: sampleArticle('History pages') });
  expect(created.status()).toBe(201);
  const { id, claims } = (await created.json()) as { id: number; claims: { id: number; version: number }[] };
  const claim = claims[0];
  // One page holds 50 changes: 55 notes make two pages.
  for (let n = 1; n <= 55; n++) {
    const res = await page.request.patch(`/api/claims/${claim.id}`, { headers, data: { note: `Draft ${n}`, version: claim.version + n - 1 } });
    expect(res.status()).toBe(200);
  }

  await page.goto(`/desk/articles/${id}?claim=${claim.id}`);
  const history = page.locator('.history');
  await expect(history.getByRole('listitem')).toHaveCount(50);
  await expect(history.getByRole('listitem').first()).toContainText('→ “Draft 55”');
  await expect(history.getByRole('listitem').last()).toContainText('note “Draft 5” → “Draft 6”');
  const pages = page.getByRole('navigation', { name: 'History pages' });
  await expect(pages.getByRole('link', { name: 'Newest changes' })).toHaveCount(0);

  await pages.getByRole('link', { name: 'Older changes' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(5);
  await expect(history.getByRole('listitem').last()).toHaveText(/: note “Draft 1”$/);
  await expect(pages.getByRole('link', { name: 'Older changes' })).toHaveCount(0);
  // Undo still belongs to whoever made the newest change, here the same fact-checker.
  await expect(page.getByRole('button', { name: 'Undo my last change' })).toBeEnabled();

  await pages.getByRole('link', { name: 'Newest changes' }).click();
  await expect(history.getByRole('listitem').first()).toContainText('→ “Draft 55”');
});
