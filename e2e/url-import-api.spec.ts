import { createToken, expect, test } from './fixtures';
import { startNewsSite, storyPage, type NewsSite } from './news-site';

// Import by URL through the API: the server fetches a page from a local news site (allowed by
// FETCH_ALLOW_HOSTS=127.0.0.1) and refuses every address class that could reach the newsroom's network.
test.describe.configure({ mode: 'serial' });

const SITE_PORT = Number(process.env.E2E_PORT ?? 3100) + 62;
const HEADLINE = 'Ferry Timetable Cut For Winter';
const PARAGRAPHS = [
  'The Lakeside Ferry Company will cut its winter timetable to four crossings a day from December.',
  '"We carried 30 percent fewer passengers last winter," said operations director Paul Menon.',
  'According to the company’s annual report, the ferry lost 1.2 million euros in 2025.',
];

test.describe('importing by URL through the API', () => {
  let site: NewsSite;
  let checker: Record<string, string>;

  test.beforeAll(async () => {
    checker = { Authorization: `Bearer ${createToken('factchecker')}` };
    // About 5 MB: the article and a large inline state script, as big news sites ship.
    const bigState = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 40_000 }, (_, i) => ({ id: i, text: 'teaser text of another story '.repeat(4) })) })}</script>`;
    site = await startNewsSite(SITE_PORT, {
      '/story': () => ({ body: storyPage(HEADLINE, PARAGRAPHS) }),
      '/big': () => ({ body: storyPage(`${HEADLINE} (big)`, PARAGRAPHS, bigState) }),
      '/redirect': () => ({ status: 302, body: '', headers: { Location: '/story' } }),
      '/to-localhost': () => ({ status: 302, body: '', headers: { Location: `http://localhost:${SITE_PORT}/story` } }),
      '/to-metadata': () => ({ status: 301, body: '', headers: { Location: 'http://169.254.169.254/latest/meta-data/' } }),
      '/loop': () => ({ status: 302, body: '', headers: { Location: '/loop' } }),
      '/pdf': () => ({ type: 'application/pdf', body: '%PDF-1.7' }),
      '/cookie-wall': () => ({
        body: '<!doctype html><html><head><title>Before you continue</title></head><body><div id="consent-wall" class="cmp-container"><h1>We value your privacy</h1><p>We and our partners use cookies to store and access information on your device. Click accept all to consent.</p><button>Accept all</button></div></body></html>',
      }),
      '/paywall': () => ({
        body: `<!doctype html><html><head><title>${HEADLINE} | Lakeside Courier</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Paywalled story","isAccessibleForFree":false}</script></head><body><article><h1>Paywalled story</h1><p>The ferry company said on Monday that</p><div class="paywall"><p>Subscribe to keep reading, or sign in if you are already a subscriber.</p></div></article></body></html>`,
      }),
    });
  });

  test.afterAll(async () => {
    await site?.close();
  });

  const articleCount = async (request: import('@playwright/test').APIRequestContext) => {
    let total = 0;
    for (let page = 1; ; page++) {
      const list = await (await request.get(`/api/articles?page=${page}`, { headers: checker })).json();
      total += list.articles.length;
      if (!list.hasMore) return total;
    }
  };

  test('fetches the page, imports its article and keeps the URL given', async ({ request }) => {
    const url = `${site.origin}/redirect`;
    const created = await request.post('/api/articles', { headers: checker, data: { url } });
    expect(created.status()).toBe(201);
    const { id, claims } = await created.json();
    expect(claims.map((c: { text: string }) => c.text).join(' ')).toContain('We carried 30 percent fewer passengers');
    const article = await (await request.get(`/api/articles/${id}`, { headers: checker })).json();
    expect(article).toMatchObject({ title: HEADLINE, url, outlet: 'Lakeside Courier', author: 'Rita Moss', publicationDate: '2026-11-02' });
    expect(article.body).toContain('four crossings a day');
    expect(article.body).not.toMatch(/Photo:|Read more|The ferry leaves the pier/);
  });

  test('imports a 5 MB page', async ({ request }) => {
    const created = await request.post('/api/articles', { headers: checker, data: { url: `${site.origin}/big` } });
    expect(created.status()).toBe(201);
    const article = await (await request.get(`/api/articles/${(await created.json()).id}`, { headers: checker })).json();
    expect(article.title).toBe(`${HEADLINE} (big)`);
    expect(article.body).not.toContain('teaser text of another story');
  });

  test('refuses every address class that is not public, other schemes, bad redirects and other content', async ({ request }) => {
    const before = await articleCount(request);
    const refusals: [string, RegExp][] = [
      [`http://localhost:${SITE_PORT}/story`, /loopback address/],
      ['http://127.0.0.2/', /loopback address/],
      ['http://[::1]/', /loopback address/],
      ['http://[::ffff:127.0.0.1]/', /loopback address/],
      ['http://10.0.0.8/', /private network address/],
      ['http://192.168.1.20/', /private network address/],
      ['http://[fd12:3456::1]/', /private network address/],
      ['http://[::ffff:192.168.0.1]/', /private network address/],
      ['http://169.254.10.1/', /link-local address/],
      ['http://[fe80::1]/', /link-local address/],
      ['http://100.64.3.3/', /CGNAT/],
      ['http://224.0.0.251/', /multicast address/],
      ['http://[ff02::1]/', /multicast address/],
      ['http://169.254.169.254/latest/meta-data/', /cloud metadata address/],
      ['http://[fd00:ec2::254]/', /cloud metadata address/],
      ['http://0.0.0.0/', /unspecified address/],
      ['file:///etc/passwd', /only http and https/],
      ['ftp://127.0.0.1/', /only http and https/],
      [`${site.origin}/to-localhost`, /localhost:\d+ is a loopback address/],
      [`${site.origin}/to-metadata`, /cloud metadata address/],
      [`${site.origin}/loop`, /redirected more than 5 times/],
      [`${site.origin}/pdf`, /application\/pdf, not an HTML page or plain text/],
      [`${site.origin}/missing`, /answered 404/],
    ];
    for (const [url, message] of refusals) {
      const response = await request.post('/api/articles', { headers: checker, data: { url } });
      expect(response.status(), url).toBe(422);
      const { error } = await response.json();
      expect(error.message, url).toMatch(message);
      expect(error.details.url, url).toEqual([error.message]);
    }
    expect(await articleCount(request)).toBe(before);
  });

  test('a page that is only a cookie wall or a paywall stub gets a clear error and stores nothing', async ({ request }) => {
    const before = await articleCount(request);
    const cookie = await request.post('/api/articles', { headers: checker, data: { url: `${site.origin}/cookie-wall` } });
    expect(cookie.status()).toBe(422);
    expect((await cookie.json()).error.details.fieldErrors.text).toEqual([expect.stringMatching(/only a cookie consent wall, not the article/)]);
    const paywall = await request.post('/api/articles', { headers: checker, data: { url: `${site.origin}/paywall` } });
    expect(paywall.status()).toBe(422);
    expect((await paywall.json()).error.details.fieldErrors.text).toEqual([expect.stringMatching(/only a subscription or sign-in wall/)]);
    expect(await articleCount(request)).toBe(before);
  });

  test('deeply nested HTML gets an answer, and the server keeps serving meanwhile', async ({ request }) => {
    const deep = request.post('/api/articles', { headers: checker, data: { title: 'Nested', format: 'html', text: `${'<div>'.repeat(199_000)}<p>The mayor said taxes rose 5 percent.</p>` } });
    const home = await request.get('/');
    expect(home.status()).toBe(200);
    const response = await deep;
    expect([201, 422]).toContain(response.status());
    if (response.status() === 201) {
      const article = await (await request.get(`/api/articles/${(await response.json()).id}`, { headers: checker })).json();
      expect(article.body).toBe('The mayor said taxes rose 5 percent.');
    } else {
      expect((await response.json()).error.message).toMatch(/too complex/);
    }
  });
});
