import { expect, signIn, test } from './fixtures';

test('an admin creates a user, changes their role, issues and revokes a token, and deactivates them', async ({ page, playwright, baseURL }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Admin' }).click();
  const email = `new-${Date.now()}@example.org`;
  const create = page.getByRole('form', { name: 'Create a user' });
  await create.getByLabel('Email').fill(email);
  await create.getByLabel('Name').fill('Nora New');
  await create.getByLabel('Role').selectOption('factchecker');
  await create.getByLabel('Initial password').fill('a long enough password');
  await create.getByRole('button', { name: 'Create user' }).click();
  await expect(create.getByRole('status')).toHaveText(`Created ${email}.`);

  const usersTable = page.getByRole('table').first();
  const row = usersTable.getByRole('row', { name: new RegExp(email) });
  await row.getByRole('combobox', { name: `Role of ${email}` }).selectOption('editor');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toHaveText('Role changed.');

  const tokens = page.getByRole('form', { name: 'Create an API token' });
  await tokens.getByLabel('For user').selectOption({ label: email });
  await tokens.getByLabel('Label').fill('newsroom CMS');
  await tokens.getByRole('button', { name: 'Create token' }).click();
  const token = await tokens.getByLabel('New API token').inputValue();
  expect(token).toMatch(/^cd_/);
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  expect((await api.get('/api/articles')).status()).toBe(200);

  const tokenRow = page.getByRole('row', { name: /newsroom CMS/ });
  await tokenRow.getByRole('button', { name: /Revoke token/ }).click();
  // Revoking asks first.
  await tokenRow.getByRole('button', { name: /Yes, revoke token/ }).click();
  await expect(page.getByRole('row', { name: /newsroom CMS/ })).toContainText('Revoked');
  expect((await api.get('/api/articles')).status()).toBe(401);

  await row.getByRole('button', { name: `Deactivate ${email}` }).click();
  await expect(usersTable.getByRole('row', { name: new RegExp(email) })).toContainText('Deactivated');
  const signInAsNora = await playwright.request.newContext({ baseURL });
  expect((await signInAsNora.post('/api/session', { data: { email, password: 'a long enough password' } })).status()).toBe(401);
});

test.describe('an editor is refused the admin page', () => {
  // The refusal is the point: the browser logs the 403 response, and only that is allowed.
  test.use({ allowConsoleErrors: [/the server responded with a status of 403/] });
  test('an editor is refused the admin page', async ({ page }) => {
    await signIn(page, 'editor');
    await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);
    const res = await page.goto('/desk/admin');
    expect(res?.status()).toBe(403);
  });
});
