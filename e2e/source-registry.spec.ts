import { expect, importByPaste, signIn, test } from './fixtures';

// A surname no other test uses, so that this journey's registry entries are its own.
const surname = `Kestrel${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
const stamp = Date.now().toString(36);

test('an editor merges two registry entries for the same person', async ({ page }) => {
  await signIn(page, 'editor');
  await importByPaste(page, {
    title: `Ferry cut ${stamp}`,
    text: `Ferry Service Cut\n\n"We carried 30 percent fewer passengers last winter," said operations director Paul ${surname}.\n\nMr ${surname} said the timetable would return in spring.`,
  });
  await importByPaste(page, {
    title: `Ferry fares ${stamp}`,
    text: `Ferry Fares Rise\n\nFares will rise by 10 percent, according to P. ${surname}.`,
  });

  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  await page.getByRole('search', { name: 'Filter sources' }).getByRole('searchbox', { name: 'Name' }).fill(surname);
  await page.getByRole('button', { name: 'Filter' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3); // header + two entries
  await page.getByRole('link', { name: `Paul ${surname}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Paul ${surname}` })).toBeVisible();

  const merge = page.getByRole('form', { name: 'Merge a duplicate' });
  const duplicate = merge.getByRole('option', { name: new RegExp(`^P\\. ${surname} `) });
  await merge.getByLabel('Duplicate to merge into this source').selectOption((await duplicate.getAttribute('value'))!);
  await merge.getByRole('button', { name: 'Merge into this source' }).click();
  await expect(page.getByRole('status')).toContainText('into this one');
  await expect(page.getByRole('list').filter({ hasText: 'merged' })).toContainText(`merged “P. ${surname}”`);
  await expect(page.getByText(`also called “P. ${surname}”`)).toBeVisible();
  // Both articles now count under the one entry.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);

  await page.goto(`/desk/sources?q=${surname}`);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
});

test.describe('a fact-checker may read the registry but is refused edits', () => {
  // The refused dashboard is the point: the browser logs its 403, and only that is allowed.
  test.use({ allowConsoleErrors: [/the server responded with a status of 403/] });
  test('a fact-checker may read the registry but is refused edits', async ({ page }) => {
    await signIn(page, 'factchecker');
    await page.goto('/desk/sources');
    await expect(page.getByRole('heading', { name: 'Source registry' })).toBeVisible();
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/\/desk\/sources\/\d+$/);
    await expect(page.getByRole('form', { name: 'Correct this source' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Merge a duplicate' })).toHaveCount(0);

    // Same-origin requests with the checker's session, so that it is the role that is refused.
    const id = /\/desk\/sources\/(\d+)$/.exec(page.url())![1];
    const headers = { Origin: new URL(page.url()).origin };
    const edit = await page.request.patch(`/api/sources/${id}`, { headers, data: { name: 'Renamed by a checker' } });
    expect(edit.status()).toBe(403);
    expect((await edit.json()).error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/editor role/) });
    const merge = await page.request.post(`/api/sources/${id}/merge`, { headers, data: { duplicateId: 1 } });
    expect(merge.status()).toBe(403);
    expect((await merge.json()).error.message).toMatch(/editor role/);
    const dashboard = await page.goto('/desk/dashboard');
    expect(dashboard?.status()).toBe(403);
  });
});
