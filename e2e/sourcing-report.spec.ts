import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

test('an editor reads an article’s sourcing profile and follows the weakest claim into the workspace', async ({ page }) => {
  await signIn(page, 'editor');
  await importByPaste(page, sampleArticle('Profile'));
  await page.getByRole('link', { name: 'Sourcing report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sourcing report' })).toBeVisible();

  // The charts carry their numbers as text, not only as bar lengths or colours.
  const byType = page.getByRole('img', { name: /Claims by source type/ });
  await expect(byType).toBeVisible();
  await expect(byType).toHaveAccessibleDescription(/Anonymous: [1-9]\d* of \d+ claims \(\d+%\)/);
  await expect(page.getByRole('img', { name: /Claims by review status/ })).toBeVisible();

  // The sample's unattributed, check-worthy timetable claim is open and rests on no one.
  const worst = page.getByRole('region', { name: 'Weakest claims first' });
  const first = worst.getByRole('listitem').first();
  await expect(first).toContainText(/no source|anonymous sources only/);
  const link = first.getByRole('link');
  const claimText = ((await link.textContent()) ?? '').replace(/^Claim \d+: /, '').replace(/…$/, '');
  const position = /^Claim (\d+)/.exec((await link.textContent()) ?? '')?.[1];
  await link.click();
  await expect(page).toHaveURL(/\/desk\/articles\/\d+\?claim=\d+$/);
  const panel = page.getByRole('region', { name: `Claim ${position}` });
  await expect(panel).toBeVisible();
  await expect(panel.locator('blockquote')).toContainText(claimText.slice(0, 40));
});

test('the report prints without the desk’s controls', async ({ page }) => {
  await signIn(page, 'editor');
  await importByPaste(page, sampleArticle('Print'));
  await page.getByRole('link', { name: 'Sourcing report' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Exports' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('img', { name: /Claims by source type/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Weakest claims first' })).toBeVisible();
});
