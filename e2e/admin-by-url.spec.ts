import { expect, signIn, test } from './fixtures';

// The admin page opened by typing its address (or a bookmark, or a reload) is rendered on the
// server, and its forms carry React's hidden $ACTION_ fields until the script takes over.
test('an admin who opens /desk/admin by its address creates a user', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/desk/admin');
  const email = `typed-${Date.now()}@example.org`;
  const create = page.getByRole('form', { name: 'Create a user' });
  await create.getByLabel('Email').click();
  await page.keyboard.type(email);
  await create.getByLabel('Name').click();
  await page.keyboard.type('Tara Typed');
  await create.getByLabel('Role').selectOption('editor');
  await create.getByLabel('Initial password').click();
  await page.keyboard.type('a long enough password');
  await create.getByRole('button', { name: 'Create user' }).click();
  await expect(create.getByRole('status')).toHaveText(`Created ${email}.`);
  await expect(page.getByRole('table').first().getByRole('row', { name: new RegExp(email) })).toContainText('Tara Typed');
});

test('a server action posted from another site is refused with 403, not an error', async ({ request }) => {
  const res = await request.post('/desk/admin', {
    headers: { Origin: 'https://evil.example', 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: '[]',
  });
  expect(res.status()).toBe(403);
});
