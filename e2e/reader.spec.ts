import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, sampleArticle, signIn, test } from './fixtures';

// The e2e server's database (playwright.config.ts), opened directly only to prove what the app did not read.
const E2E_DATABASE = '.e2e/claimdesk.db';

interface ApiClaim {
  id: number;
  position: number;
  text: string;
  version: number;
  sources: { name: string; type: string; via: { name: string } | null }[];
}

/**
 * An editor (in a context of their own) imports an invented article through the API, finds the claim
 * resting on anonymous officials false, and publishes it. The test's `page` stays an anonymous reader.
 */
async function publishSample(browser: Browser, label: string, title?: string) {
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, 'editor');
  // The API takes cookie-authenticated writes only from the app's own origin.
  const headers = { Origin: new URL(desk.url()).origin };
  const sample = sampleArticle(label);
  const created = await desk.request.post('/api/articles', {
    headers,
    data: { title: title ?? sample.title, text: sample.text, outlet: 'Lakeside Courier', url: 'https://example.org/ferry', publicationDate: '2026-11-20' },
  });
  expect(created.status()).toBe(201);
  const { id, slug, claims } = (await created.json()) as { id: number; slug: string; claims: ApiClaim[] };
  const officials = claims.find((c) => c.text.includes('Two council officials'))!;
  const reviewed = await desk.request.patch(`/api/claims/${officials.id}`, {
    headers,
    data: { status: 'false', note: 'The council minutes record no subsidy request.', version: officials.version },
  });
  expect(reviewed.status()).toBe(200);
  expect((await desk.request.post(`/api/articles/${id}/publish`, { headers })).status()).toBe(200);
  return { desk, headers, id, slug, title: title ?? sample.title, claims, officials, url: `/a/${slug}` };
}

function claimLink(page: Page, text: string) {
  return page.getByRole('region', { name: 'Article' }).getByRole('link', { name: new RegExp(text) });
}

test('a reader sees the summary, a legend, and every claim marked with its status in words', async ({ page, browser }) => {
  const { url, title, claims } = await publishSample(browser, 'Summary');
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const summary = page.getByRole('complementary', { name: 'Summary' });
  const anonymousOnly = claims.filter((c) => c.sources.length > 0 && c.sources.every((s) => s.type === 'anonymous')).length;
  const unattributed = claims.filter((c) => c.sources.length === 0).length;
  await expect(summary.getByRole('definition')).toHaveText([String(claims.length), String(anonymousOnly), String(unattributed), '1']);
  await expect(summary.getByRole('term')).toHaveText(['Claims', 'Rest only on anonymous sources', 'Name no source', 'Found false or misleading']);

  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('False');
  await expect(legend).toContainText('Unreviewed');

  // Every claim is a link in the text whose name carries its status as a word, not only a colour.
  const links = page.getByRole('region', { name: 'Article' }).getByRole('link');
  await expect(links).toHaveCount(claims.length);
  await expect(claimLink(page, 'Two council officials')).toContainText('False');
  await expect(claimLink(page, 'The crossing takes about forty minutes')).toContainText('Unreviewed');
});

test('a reader opens a claim’s details with the mouse', async ({ page, browser }) => {
  const { url, officials } = await publishSample(browser, 'Mouse');
  await page.goto(url);
  await claimLink(page, 'Two council officials').click();

  const popover = page.getByRole('dialog', { name: `Claim ${officials.position}: False` });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('The council minutes record no subsidy request.');
  await expect(popover).toContainText('anonymous source, via Lakeside Courier');
  await expect(popover).toContainText('“told”');
  await expect(popover.getByRole('time')).toBeVisible();

  await popover.getByRole('button', { name: 'Close' }).click();
  await expect(popover).toBeHidden();
  await expect(claimLink(page, 'Two council officials')).toBeFocused();
  // Without JavaScript's help the link would have gone to the footnote: the popover replaced that.
  expect(new URL(page.url()).hash).toBe('');

  // A click outside the popover closes it too.
  await claimLink(page, 'The crossing takes about forty minutes').click();
  const other = page.getByRole('dialog', { name: /Unreviewed/ });
  await expect(other).toContainText('None named');
  await page.mouse.click(5, 5);
  await expect(other).toBeHidden();
});

test('a reader uses the popover with the keyboard alone', async ({ page, browser }) => {
  const { url, officials } = await publishSample(browser, 'Keyboard');
  await page.goto(url);
  const link = claimLink(page, 'Two council officials');
  await expect(link).toHaveAttribute('aria-haspopup', 'dialog');
  await link.focus();
  await page.keyboard.press('Enter');

  const popover = page.getByRole('dialog', { name: `Claim ${officials.position}: False` });
  await expect(popover).toBeVisible();
  // Focus moves into the popover and Tab keeps it there.
  await expect(popover.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('button', { name: 'Copy link to this claim' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await popover.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(link).toBeFocused();
});

test('a reader copies a claim’s link and the link opens the page on that claim', async ({ page, browser, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { url, officials } = await publishSample(browser, 'Share');
  await page.goto(url);
  await claimLink(page, 'Two council officials').click();
  const popover = page.getByRole('dialog');
  await popover.getByRole('button', { name: 'Copy link to this claim' }).click();
  await expect(popover.getByRole('status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${url}#claim-${officials.position}`);

  // The deep link: the page opens scrolled to the claim, highlighted and focused.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(copied);
  const target = claimLink(reader, 'Two council officials');
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  await reader.keyboard.press('Enter');
  await expect(reader.getByRole('dialog', { name: `Claim ${officials.position}: False` })).toBeVisible();
});

test.describe('on a plain-http address, where browsers give pages no clipboard API', () => {
  // A second name for the e2e server that is not localhost: over plain http it is not a secure
  // context, so the page meets the browser as a reader of a plain-http site would.
  test.use({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage', '--host-resolver-rules=MAP plain-http.test 127.0.0.1'],
    },
  });

  test('the copy button falls back to the browser’s copy command, and the link pastes', async ({ page, browser, baseURL }) => {
    const { url, officials } = await publishSample(browser, 'Fallback');
    await page.goto(`${baseURL!.replace('localhost', 'plain-http.test')}${url}`);
    await claimLink(page, 'Two council officials').click();
    await page.getByRole('button', { name: 'Copy link to this claim' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Link copied.');
    await page.keyboard.press('Escape');

    // What was copied is what a person pastes: into a field of the site's sign-in form.
    await page.goto(`${baseURL!.replace('localhost', 'plain-http.test')}/login`);
    await page.getByLabel('Email').click();
    await page.keyboard.press('Control+V');
    await expect(page.getByLabel('Email')).toHaveValue(new RegExp(`/a/[^#]+#claim-${officials.position}$`));
  });
});

test('a reviewed change appears on the reader page after a fact-checker makes it', async ({ page, browser }) => {
  const { url, id, claims } = await publishSample(browser, 'Change');
  const crossing = claims.find((c) => c.text.includes('forty minutes'))!;
  await page.goto(url);
  await expect(claimLink(page, 'forty minutes')).toContainText('Unreviewed');

  const checker = await (await browser.newContext()).newPage();
  await signIn(checker, 'factchecker');
  await checker.goto(`/desk/articles/${id}`);
  await checker.getByRole('region', { name: 'Claims' }).getByRole('link', { name: /forty minutes/ }).click();
  const panel = checker.getByRole('region', { name: `Claim ${crossing.position}` });
  await panel.getByLabel('Status').selectOption('mostly_true');
  await panel.getByLabel('Public explanation').fill('The timetable gives 38 to 42 minutes.');
  await panel.getByRole('button', { name: 'Save review' }).click();
  await expect(checker.getByRole('main').getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(claimLink(page, 'forty minutes')).toContainText('Mostly true');
  await claimLink(page, 'forty minutes').click();
  await expect(page.getByRole('dialog')).toContainText('The timetable gives 38 to 42 minutes.');
});

test('published pages are read from the cache, not the database, until a claim of that article changes', async ({ request, browser }) => {
  const { url, id, desk, headers, officials, title } = await publishSample(browser, 'Cache');
  const other = await publishSample(browser, 'Cache other');
  expect(await (await request.get(url)).text()).toContain(title);
  expect(await (await request.get(other.url)).text()).toContain(other.title);

  // Change both titles behind the app's back. A page still showing the old title was not read from the database.
  const db = new Database(E2E_DATABASE);
  const retitle = db.prepare('UPDATE articles SET title = ? WHERE id = ?');
  retitle.run(`${title} (changed directly)`, id);
  retitle.run(`${other.title} (changed directly)`, other.id);
  db.close();
  const hit = await (await request.get(url)).text();
  expect(hit).toContain(title);
  expect(hit).not.toContain('(changed directly)');

  // A review through the app drops that article's cached data, and only that article's.
  const changed = await desk.request.patch(`/api/claims/${officials.id}`, { headers, data: { status: 'misleading', version: officials.version + 1 } });
  expect(changed.status()).toBe(200);
  const fresh = await (await request.get(url)).text();
  expect(fresh).toContain(`${title} (changed directly)`);
  expect(fresh).toContain('Misleading');
  expect(await (await request.get(other.url)).text()).not.toContain('(changed directly)');
});

test('the page carries ClaimReview data that article text cannot break out of, and social cards', async ({ page, browser, baseURL }) => {
  const title = `Ferry </script><script>window.pwned = true</script> ${Date.now().toString(36)}`;
  const { url, officials } = await publishSample(browser, 'JSON-LD', title);
  await page.goto(url);
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(data).toEqual([
    expect.objectContaining({
      '@type': 'ClaimReview',
      url: `${baseURL}${url}#claim-${officials.position}`,
      claimReviewed: officials.text,
      reviewRating: expect.objectContaining({ ratingValue: 1, alternateName: 'False' }),
      itemReviewed: expect.objectContaining({ appearance: [expect.objectContaining({ headline: title, url: 'https://example.org/ferry' })] }),
    }),
  ]);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}${url}`);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /1 was found false or misleading\./);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('a printed page keeps the article, each status in words and the footnotes, without the site’s chrome', async ({ page, browser }) => {
  const { url, officials } = await publishSample(browser, 'Print');
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  const link = claimLink(page, 'Two council officials');
  await expect(link).toContainText('False');
  // On paper the marker also gets the footnote's number.
  expect(await link.locator('sup').evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"[${officials.position}] "`);
  await expect(page.getByRole('region', { name: 'The claims' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link to this claim' })).toHaveCount(0);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the page fits the screen and the popover is readable', async ({ page, browser }) => {
    const { url } = await publishSample(browser, 'Phone');
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await claimLink(page, 'Two council officials').click();
    const popover = page.getByRole('dialog');
    await expect(popover).toBeInViewport({ ratio: 1 });
    const box = (await popover.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every claim’s status and source is in the footnotes, one link away from the text', async ({ page, browser }) => {
    const { url, claims, officials } = await publishSample(browser, 'No JS');
    await page.goto(url);
    const notes = page.getByRole('region', { name: 'The claims' });
    for (const claim of claims) {
      const name = new RegExp(`^Claim ${claim.position}: `);
      const heading = notes.getByRole('heading', { name });
      const note = notes.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
      await expect(heading).toContainText(claim.id === officials.id ? 'False' : 'Unreviewed');
      for (const source of claim.sources) await expect(note).toContainText(source.name);
      if (claim.sources.length === 0) await expect(note).toContainText('None named');
    }
    await expect(notes).toContainText('anonymous source, via Lakeside Courier');

    await claimLink(page, 'Two council officials').click();
    await expect(page).toHaveURL(new RegExp(`#note-${officials.position}$`));
    await notes.getByRole('link', { name: `Back to claim ${officials.position} in the text` }).click();
    await expect(page).toHaveURL(new RegExp(`#claim-${officials.position}$`));
  });
});
