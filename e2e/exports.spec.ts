import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('navigation', { name: 'Exports' }).getByRole('link', { name }).click()]);
  return { filename: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('an editor exports an article in each format', async ({ page }) => {
  await signIn(page, 'editor');
  const article = sampleArticle('Exported');
  const workspace = await importByPaste(page, article);
  // One verdict, so that there is a ClaimReview to export.
  const panel = page.getByRole('region', { name: /^Claim \d+$/ });
  // The note first: picking a status saves it with the note at once.
  await panel.getByLabel('Public explanation').fill('The timetable, said "four", is five.');
  await panel.getByLabel('Status').selectOption('false');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved.');
  await page.getByRole('link', { name: 'Sourcing report' }).click();

  const csv = await download(page, 'CSV (claims and sources)');
  expect(csv.filename).toMatch(/^exported-.*-claims\.csv$/);
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe(
    'article_id,article_title,outlet,claim_id,claim_position,claim_start,claim_end,claim_text,checkworthiness,checkworthy,status,note,reviewed_at,reviewed_by,vague_attribution,duplicate_of_position,source_id,source_name,source_type,mention,cue,via_name,via_type',
  );
  expect(csv.text).toContain('"The timetable, said ""four"", is five."');
  expect(csv.text).toContain(',anonymous,');

  const json = JSON.parse((await download(page, 'JSON (everything)')).text);
  expect(json.title).toBe(article.title);
  expect(json.claims[0].status).toBe('false');
  expect(json.claims[0].reviewHistory).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status', after: 'false' }), expect.objectContaining({ field: 'note' })]));

  const reviews = JSON.parse((await download(page, 'ClaimReview JSON-LD')).text);
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', reviewRating: { ratingValue: 1, alternateName: 'False' } });

  const annotations = await download(page, 'Web Annotations JSON-LD');
  expect(annotations.filename).toMatch(/-annotations\.jsonld$/);
  const collection = JSON.parse(annotations.text);
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection.total).toBe(json.claims.length);
  expect(collection.first.items[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: json.claims[0].text });

  // The same exports over the API, with their content types.
  const id = /\/desk\/articles\/(\d+)/.exec(workspace)![1];
  const res = await page.request.get(`/api/articles/${id}/export?format=annotations`);
  expect(res.headers()['content-type']).toContain('application/ld+json');
  expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="exported-.*-annotations\.jsonld"$/);
  expect((await page.request.get(`/api/articles/${id}/export?format=csv`)).headers()['content-type']).toContain('text/csv');
  expect((await page.request.get(`/api/articles/${id}/export?format=pdf`)).status()).toBe(422);
});

test('an editor exports the dashboard as CSV', async ({ page }) => {
  await signIn(page, 'editor');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Sourcing dashboard' })).toBeVisible();
  await page.getByLabel('Outlet').fill('Millbrook Herald');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/outlet=Millbrook\+Herald/);
  await expect(page.getByRole('table').first().getByRole('rowheader', { name: 'Millbrook Herald' })).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download CSV/ }).click()]);
  const text = await readFile((await file.path())!, 'utf8');
  const rows = text.trim().split('\r\n');
  expect(rows[0]).toMatch(/^article_id,title,outlet,author,date,published,claims,/);
  expect(rows.slice(1).length).toBeGreaterThanOrEqual(1);
  expect(rows.slice(1).every((r) => r.includes(',Millbrook Herald,'))).toBe(true);
});
