import { signIn } from './fixtures';
import { expect, test } from './no-console-errors';

test('the admin page states the password rule, keeps the chosen user for a token, and asks before revoking one', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/desk/admin');

  // The rule is on the page beside the field, before anyone gets it wrong.
  const create = page.getByRole('form', { name: 'Create a user' });
  await expect(create.getByText('At least 12 characters.')).toBeVisible();
  await expect(create.getByLabel('Initial password')).toHaveAccessibleDescription('At least 12 characters.');

  // A token for the editor, not the first user in the list: the choice stays after sending.
  const label = `rss-${Date.now().toString(36)}`;
  const tokens = page.getByRole('form', { name: 'Create an API token' });
  const user = tokens.getByLabel('For user');
  await user.selectOption({ label: 'editor@example.org' });
  await tokens.getByLabel('Label').fill(label);
  await tokens.getByRole('button', { name: 'Create token' }).click();
  await expect(tokens.getByLabel('New API token')).toHaveValue(/^cd_/);
  await expect(user.locator('option:checked')).toHaveText('editor@example.org');

  // Revoking asks first; cancelling leaves the token alone.
  const row = page.getByRole('row', { name: new RegExp(label) });
  await row.getByRole('button', { name: /^Revoke token \d+$/ }).click();
  const question = row.getByRole('group', { name: /^Revoke token \d+\?$/ });
  await expect(question).toContainText('this cannot be undone');
  await expect(question).toContainText('editor@example.org');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(row.getByRole('button', { name: /^Revoke token \d+$/ })).toBeVisible();
  await expect(row).not.toContainText('Revoked');

  await row.getByRole('button', { name: /^Revoke token \d+$/ }).click();
  await row.getByRole('button', { name: /^Yes, revoke token \d+$/ }).click();
  await expect(page.getByRole('row', { name: new RegExp(label) })).toContainText('Revoked');
});
