import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/** axe-core's serious and critical findings, each as "rule: selectors" so that a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

// The demo data: article 1 is published with reviews.
const DEMO_READER_PAGE = '/a/millbrook-closes-harbour-bridge-to-heavy-trucks';

test('the reader page has no serious accessibility violations, with the popover closed and open', async ({ page }) => {
  await page.goto(DEMO_READER_PAGE);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('region', { name: 'Article' }).getByRole('link', { name: /voted 7 to 2/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the front page and sign-in page have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/', '/login']) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test('the desk pages have no serious accessibility violations', async ({ page }) => {
  await signIn(page, 'editor');
  for (const path of ['/desk', '/desk/import', '/desk/articles/1', '/desk/articles/1/report']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
