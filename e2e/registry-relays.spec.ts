import { importByPaste, signIn } from './fixtures';
import { expect, test } from './no-console-errors';

// An outlet name no other test uses, so this journey's registry entry is its own.
const word = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6);
const OUTLET = `Harbour ${word[0].toUpperCase()}${word.slice(1)} Gazette`;

test('an outlet’s registry page lists the claims it relayed beside those it made', async ({ page }) => {
  await signIn(page, 'factchecker');
  await importByPaste(page, {
    title: `Relayed ${word}`,
    text: `Harbour Dues\n\nTwo port officials told the ${OUTLET} that harbour dues would double in spring.\n\nThe harbour opened in 1911.`,
  });
  await importByPaste(page, {
    title: `Reported ${word}`,
    text: `Harbour Dredging\n\nThe ${OUTLET} reported that the dredging contract cost $3 million.`,
  });

  // The registry by its address, filtered by typing a name.
  await page.goto('/desk/sources');
  const filter = page.getByRole('search', { name: 'Filter sources' });
  await filter.getByRole('searchbox', { name: 'Name' }).fill(OUTLET.toLowerCase());
  await filter.getByRole('searchbox', { name: 'Name' }).press('Enter');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2); // header + one entry: "The … Gazette" and "… Gazette" are one outlet
  await expect(page.getByRole('columnheader', { name: 'Claims relayed' })).toBeVisible();
  await expect(rows.nth(1).getByRole('cell')).toHaveText([OUTLET, 'News outlet', '1', '1', '1', '0', '0'].map((t) => new RegExp(`^(The )?${t}$`)));

  await rows.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Claims relayed (1)' })).toBeVisible();
  const relayed = page.getByRole('list', { name: 'Claims relayed' });
  await expect(relayed.getByRole('listitem')).toHaveCount(1);
  await expect(relayed).toContainText('harbour dues would double');
  await expect(relayed).toContainText(`Two port officials, via`);
  await expect(page.getByRole('list', { name: 'Claims it made' })).toContainText('dredging contract');

  // The relayed claim opens in its workspace.
  const entryUrl = page.url();
  await relayed.getByRole('link', { name: /harbour dues would double/ }).click();
  await expect(page.getByRole('region', { name: /^Claim \d+$/ })).toContainText('harbour dues would double');
  await expect(page.getByRole('region', { name: /^Claim \d+$/ })).toContainText(OUTLET);

  // The entry page by its address, as a link from elsewhere would open it.
  await page.goto(entryUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'Claims relayed (1)' })).toBeVisible();
});
