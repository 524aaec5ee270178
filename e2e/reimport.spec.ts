import type { APIRequestContext } from '@playwright/test';
import { expect, importByPaste, sampleArticle, signIn, test } from './fixtures';

interface ApiClaim {
  id: number;
  text: string;
  status: string;
  note: string;
  version: number;
}

async function claimsOf(request: APIRequestContext, articleId: string): Promise<ApiClaim[]> {
  const response = await request.get(`/api/articles/${articleId}`);
  expect(response.status()).toBe(200);
  return (await response.json()).claims;
}

test('re-importing a new version keeps reviews, and lists a reviewed claim that is gone as an orphan', async ({ page }) => {
  await signIn(page, 'factchecker');
  const article = sampleArticle('Reimport');
  const url = await importByPaste(page, article);
  const articleId = /\/desk\/articles\/(\d+)/.exec(url)![1];

  // Two reviews, made through the API with the browser's session.
  const before = await claimsOf(page.request, articleId);
  const officials = before.find((c) => c.text.includes('Two council officials'))!;
  const report = before.find((c) => c.text.includes('annual report'))!;
  for (const [claim, status, note] of [
    [officials, 'unsupported', 'Council says no subsidy request was ever filed.'],
    [report, 'false', 'The annual report shows a profit.'],
  ] as const) {
    // Writes with the session cookie must come from the app's own origin (CSRF check).
    const saved = await page.request.patch(`/api/claims/${claim.id}`, { headers: { Origin: new URL(page.url()).origin }, data: { status, note, version: claim.version } });
    expect(saved.status()).toBe(200);
  }

  // The new version: a correction on top, the officials' paragraph moved up, the report sentence gone.
  const paragraphs = article.text.split('\n\n');
  const revised = [
    paragraphs[0],
    'Correction: an earlier version of this story misstated the timetable.',
    paragraphs[3],
    paragraphs[1],
    paragraphs[2],
    paragraphs[5],
    'The council will discuss the timetable again in January.',
  ].join('\n\n');

  await page.goto(url);
  await page.getByRole('link', { name: 'Import a new version' }).click();
  await expect(page).toHaveURL(/\/reimport$/);
  await page.getByLabel(/New text/).fill(revised);
  await page.getByRole('button', { name: 'Import new version' }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${articleId}$`));

  // The moved claim kept its id and review; the deleted one is listed as an orphan with its review.
  const after = await claimsOf(page.request, articleId);
  expect(after.find((c) => c.id === officials.id)).toMatchObject({ status: 'unsupported', note: 'Council says no subsidy request was ever filed.', text: officials.text });
  expect(after.some((c) => c.id === report.id)).toBe(false);
  expect(after.find((c) => c.text.includes('discuss the timetable'))).toMatchObject({ status: 'unreviewed' });
  await expect(page.getByRole('region', { name: 'Article text' })).toContainText('Correction: an earlier version');
  const orphans = page.getByRole('region', { name: /^Orphaned reviews/ });
  await expect(orphans).toContainText('annual report');
  await expect(orphans).toContainText('False');
  await expect(orphans).toContainText('The annual report shows a profit.');
  await expect(orphans).not.toContainText('Two council officials');
});

test('a re-import made against an old revision is refused', async ({ page, browser }) => {
  await signIn(page, 'factchecker');
  const article = sampleArticle('Reimport race');
  const url = await importByPaste(page, article);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, 'editor');
  await other.goto(`${url}/reimport`);

  await page.goto(`${url}/reimport`);
  await page.getByLabel(/New text/).fill(`${article.text}\n\nA first update.`);
  await page.getByRole('button', { name: 'Import new version' }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/\d+$/);

  await other.getByLabel(/New text/).fill(`${article.text}\n\nA competing update.`);
  await other.getByRole('button', { name: 'Import new version' }).click();
  await expect(other.getByRole('main').getByRole('alert')).toContainText('newer version');
  await other.goto(url);
  await expect(other.getByRole('region', { name: 'Article text' })).toContainText('A first update.');
});
