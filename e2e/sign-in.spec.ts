import { DEMO, expect, signIn, test } from './fixtures';

test.describe('signing in', () => {
  for (const role of ['admin', 'editor', 'factchecker'] as const) {
    test(`the demo ${role} signs in, sees the desk, and signs out`, async ({ page }) => {
      await signIn(page, role);
      await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
      await expect(page.getByText(`(${role})`)).toBeVisible();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
      await page.goto('/desk');
      await expect(page).toHaveURL(/\/login\?next=%2Fdesk/);
    });
  }

  test('a wrong password is refused with a message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(DEMO.editor.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Wrong email or password');
    await expect(page).toHaveURL(/\/login/);
  });

  test('the session cookie is httpOnly and SameSite=Lax', async ({ page, context }) => {
    await signIn(page, 'factchecker');
    const cookie = (await context.cookies()).find((c) => c.name === 'claimdesk_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });
});
