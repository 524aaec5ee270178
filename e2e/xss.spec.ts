import { createToken, expect, signIn, test } from './fixtures';

const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '"><svg onload="window.__xss = \'svg\'">',
  "javascript:window.__xss='href'",
];
const mark = PAYLOADS.join(' ');

test('known XSS payloads in every input render as text and never run', async ({ page, request }) => {
  const headers = { Authorization: `Bearer ${createToken('editor')}` };
  const text = [`Headline ${PAYLOADS[1]}`, '', `The council said ${PAYLOADS[0]} it would vote on Monday.`, '', `"Rates will rise ${PAYLOADS[2]}," said Mayor ${PAYLOADS[1]} Smith.`].join('\n');
  const created = await request.post('/api/articles', { headers, data: { title: `XSS ${mark}`, text, outlet: PAYLOADS[2], author: PAYLOADS[0] } });
  expect(created.status()).toBe(201);
  const { id, slug, claims } = await created.json();
  const claim = claims[0];

  const noted = await request.patch(`/api/claims/${claim.id}`, { headers, data: { note: mark, version: claim.version } });
  expect(noted.status()).toBe(200);
  await request.post(`/api/articles/${id}/publish`, { headers });

  const ran: string[] = [];
  page.on('dialog', (d) => {
    ran.push(d.message());
    void d.dismiss();
  });
  await signIn(page, 'editor');
  for (const path of [`/desk`, `/desk/articles/${id}?claim=${claim.id}`, `/desk/articles/${id}/report`, `/a/${slug}`]) {
    await page.goto(path);
    await expect(page.getByRole('main')).toContainText('<script>window.__xss');
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
  }

  const panel = page.getByRole('region', { name: /^Claim \d+$/ });
  await page.goto(`/desk/articles/${id}?claim=${claim.id}`);
  const evidence = panel.getByRole('form', { name: 'Add evidence' });
  await evidence.getByLabel('Evidence URL').fill(PAYLOADS[3]);
  await evidence.getByLabel('Evidence title').fill(PAYLOADS[1]);
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('correct');
  await expect(panel.getByRole('link', { name: PAYLOADS[1] })).toHaveCount(0);

  await panel.getByText('Link a source').click();
  const form = panel.getByRole('form', { name: 'Link a source' });
  await form.getByLabel('New source name').fill(PAYLOADS[2]);
  await form.getByRole('button', { name: 'Link source' }).click();
  await expect(panel).toContainText(PAYLOADS[2]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(ran).toEqual([]);
});
