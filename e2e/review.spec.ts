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
  await expect(page.getByRole('region', { name: 'Article text' }).locator('[aria-current="true"]')).toContainText('Two council officials');

  await panel.getByLabel('Status').selectOption('unsupported');
  await panel.getByLabel('Note').fill('Council says no subsidy request was ever filed.');
  await panel.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved.');
  await expect(page.locator('.history')).toContainText('changed status from “unreviewed” to “unsupported”');
  await expect(claimList.getByRole('link', { name: /Two council officials/ })).toContainText('Unsupported');

  await page.reload();
  await expect(page.getByRole('region', { name: /^Claim \d+$/ }).getByLabel('Note')).toHaveValue('Council says no subsidy request was ever filed.');
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
  await alicePanel.getByLabel('Status').selectOption('true');
  await alicePanel.getByLabel('Note').fill('Alice checked the timetable.');
  await alicePanel.getByRole('button', { name: 'Save review' }).click();
  await expect(alice.getByRole('main').getByRole('status')).toHaveText('Saved.');

  await bobPanel.getByLabel('Status').selectOption('false');
  await bobPanel.getByRole('button', { name: 'Save review' }).click();
  await expect(bob.getByRole('main').getByRole('status')).toContainText('Someone else changed this claim');
  await expect(bob.locator('.conflict')).toContainText('True');
  await expect(bob.locator('.conflict')).toContainText('Alice checked the timetable.');
  // Bob's page now shows Alice's state; nothing of his was written.
  await expect(bobPanel.getByLabel('Status')).toHaveValue('true');

  await alice.reload();
  await expect(alice.getByRole('region', { name: /^Claim \d+$/ }).getByLabel('Status')).toHaveValue('true');
});
