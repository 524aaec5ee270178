import { expect, signIn, test } from './fixtures';
import { startNewsSite, storyPage, type NewsSite } from './news-site';

// A fact-checker imports a story by its URL from the import page, and later fetches its new
// version from the re-import page. The pages come from a local news site this spec starts.
test.describe.configure({ mode: 'serial' });

const SITE_PORT = Number(process.env.E2E_PORT ?? 3100) + 61;

test.describe('importing by URL from the import page', () => {
  let site: NewsSite;
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const headline = `Harbour Dredging Approved ${unique}`;

  test.beforeAll(async () => {
    site = await startNewsSite(SITE_PORT, {
      '/harbour': (version) => ({
        body: storyPage(headline, [
          'The Bay City council approved the harbour dredging on Tuesday by a vote of seven to two.',
          version === 1
            ? '"The dredging will cost 4 million euros," said mayor Ana Silva.'
            : '"The dredging will cost 5 million euros, not 4 million," said mayor Ana Silva on Wednesday.',
          'Two council members told the Lakeside Courier that the environmental review had been rushed.',
        ]),
      }),
      '/slow': () => ({ delayMs: 1_500, body: storyPage(`${headline} (slow)`, ['The ferry company said on Monday that it would cut its winter timetable to four crossings a day.']) }),
      '/cookie-wall': () => ({
        body: '<!doctype html><html><head><title>Before you continue</title></head><body><div class="cookie-consent"><h1>Before you continue</h1><p>We use cookies and data to deliver our services. Accept all cookies to continue.</p><button>Accept all</button></div></body></html>',
      }),
    });
  });

  test.afterAll(async () => {
    await site?.close();
  });

  test('fetch the page, check what was found, import it, then fetch its new version', async ({ page }) => {
    await signIn(page, 'factchecker');
    await page.goto('/desk/import');
    const url = `${site.origin}/harbour`;
    await page.getByLabel('URL').fill(url);
    await page.getByRole('button', { name: 'Fetch page from URL' }).click();
    // Afterwards the page says what it fetched and how long it took, and the fields hold the article.
    await expect(page.getByRole('status').filter({ hasText: 'Fetched' })).toContainText(new RegExp(`Fetched ${url} in \\d+\\.\\d s \\(\\d+ KB\\)`));
    await expect(page.getByLabel('Title')).toHaveValue(headline);
    await expect(page.getByLabel('Outlet')).toHaveValue('Lakeside Courier');
    await expect(page.getByLabel('Author')).toHaveValue('Rita Moss');
    await expect(page.getByLabel(/^Article text/)).toHaveValue(/vote of seven to two/);
    await expect(page.getByLabel(/^Article text/)).not.toHaveValue(/Photo:|Read more/);

    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expect(page).toHaveURL(/\/desk\/articles\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Claims' })).toContainText('4 million euros');
    const workspace = page.url();

    // The page changed at its source: fetch the current version from the re-import page.
    site.setVersion('/harbour', 2);
    await page.goto(`${workspace}/reimport`);
    await expect(page.getByLabel('URL')).toHaveValue(url);
    await page.getByRole('button', { name: 'Fetch the current version from the URL' }).click();
    await expect(page).toHaveURL(workspace);
    await expect(page.getByRole('region', { name: 'Article text' })).toContainText('5 million euros, not 4 million');
  });

  test('import straight from the URL, with progress shown while it runs', async ({ page }) => {
    await signIn(page, 'factchecker');
    await page.goto('/desk/import');
    await page.getByLabel('URL').fill(`${site.origin}/slow`);
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    // The site takes 1.5 s to answer: meanwhile the page says it is fetching, with the seconds so far.
    await expect(page.getByRole('status').filter({ hasText: 'Fetching the page…' })).toContainText(/\d+\.\d s/);
    await expect(page.getByRole('button', { name: 'Importing…' })).toBeDisabled();
    await expect(page).toHaveURL(/\/desk\/articles\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: `${headline} (slow)` })).toBeVisible();
  });

  test('a cookie wall gets a clear error and imports nothing', async ({ page }) => {
    await signIn(page, 'factchecker');
    await page.goto('/desk/import');
    await page.getByLabel('URL').fill(`${site.origin}/cookie-wall`);
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('only a cookie consent wall');
    await expect(page).toHaveURL(/\/desk\/import$/);
    await page.goto('/desk');
    await expect(page.getByRole('main')).not.toContainText('Before you continue');
  });
});
