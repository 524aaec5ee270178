// Walks the README's role × action matrix over HTTP: every page and API route, for a reader
// without an account and for each role.
import type { APIRequestContext } from '@playwright/test';
import { createToken, DEMO, expect, sampleArticle, test, type DemoRole } from './fixtures';

type Who = 'anonymous' | DemoRole;
const WHO: Who[] = ['anonymous', 'factchecker', 'editor', 'admin'];
const RANK: Record<Who, number> = { anonymous: 0, factchecker: 1, editor: 2, admin: 3 };

// The demo data's first article: published, with reviewed claims.
const ARTICLE = 1;
const SLUG = 'millbrook-closes-harbour-bridge-to-heavy-trucks';

const PAGES: [path: string, minimum: Who][] = [
  ['/', 'anonymous'],
  [`/a/${SLUG}`, 'anonymous'],
  ['/desk', 'factchecker'],
  ['/desk/import', 'factchecker'],
  ['/desk/search?q=bridge', 'factchecker'],
  [`/desk/articles/${ARTICLE}/reimport`, 'factchecker'],
  [`/desk/articles/${ARTICLE}`, 'factchecker'],
  [`/desk/articles/${ARTICLE}/report`, 'editor'],
  ['/desk/admin', 'admin'],
  ['/desk/dashboard', 'editor'],
  ['/desk/sources', 'factchecker'],
  ['/desk/sources/1', 'factchecker'],
];

type Call = (api: APIRequestContext, headers: Record<string, string>) => Promise<{ status(): number }>;
const API: [name: string, minimum: Who, call: Call, okStatus: number][] = [
  ['GET /api/articles', 'factchecker', (api, headers) => api.get('/api/articles', { headers }), 200],
  ['GET /api/articles/:id', 'factchecker', (api, headers) => api.get(`/api/articles/${ARTICLE}`, { headers }), 200],
  ['POST /api/articles', 'factchecker', (api, headers) => api.post('/api/articles', { headers, data: sampleArticle('Matrix') }), 201],
  [
    'PATCH /api/claims/:id',
    'factchecker',
    async (api, headers) => {
      const admin = { Authorization: `Bearer ${tokens.admin}` };
      const claim = (await (await api.get(`/api/articles/${ARTICLE}`, { headers: admin })).json()).claims[0];
      return api.patch(`/api/claims/${claim.id}`, { headers, data: { note: claim.note, status: claim.status, version: claim.version } });
    },
    200,
  ],
  ['GET /api/claims/search', 'factchecker', (api, headers) => api.get('/api/claims/search?q=bridge&status=true', { headers }), 200],
  [
    'POST /api/articles/:id/revisions',
    'factchecker',
    async (api, headers) => {
      // A fresh article, so the demo article other tests read stays as it is.
      const admin = { Authorization: `Bearer ${tokens.admin}` };
      const { title, text } = sampleArticle('Matrix revision');
      const { id } = await (await api.post('/api/articles', { headers: admin, data: { title, text } })).json();
      return api.post(`/api/articles/${id}/revisions`, { headers, data: { text: `${text}\n\nA later paragraph.` } });
    },
    201,
  ],
  ['GET /api/articles/:id/report', 'editor', (api, headers) => api.get(`/api/articles/${ARTICLE}/report`, { headers }), 200],
  ['POST /api/articles/:id/publish', 'editor', (api, headers) => api.post(`/api/articles/${ARTICLE}/publish`, { headers }), 200],
  ['GET /api/articles/:id/export', 'factchecker', (api, headers) => api.get(`/api/articles/${ARTICLE}/export?format=annotations`, { headers }), 200],
  ['GET /api/dashboard/export', 'editor', (api, headers) => api.get('/api/dashboard/export', { headers }), 200],
  ['GET /api/sources', 'factchecker', (api, headers) => api.get('/api/sources', { headers }), 200],
  ['GET /api/sources/:id', 'factchecker', (api, headers) => api.get('/api/sources/1', { headers }), 200],
  [
    'PATCH /api/sources/:id',
    'editor',
    async (api, headers) => {
      const { name } = await (await api.get('/api/sources/1', { headers: { Authorization: `Bearer ${tokens.admin}` } })).json();
      return api.patch('/api/sources/1', { headers, data: { name } });
    },
    200,
  ],
];

const tokens = {} as Record<DemoRole, string>;
test.beforeAll(() => {
  for (const role of ['factchecker', 'editor', 'admin'] as const) tokens[role] = createToken(role);
});

for (const who of WHO) {
  test(`pages for ${who}`, async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    if (who !== 'anonymous') {
      expect((await api.post('/api/session', { data: DEMO[who] })).status()).toBe(200);
    }
    // The sign-in page sends someone already signed in on to the desk.
    const login = await api.get('/login', { maxRedirects: 0 });
    expect(login.status()).toBe(who === 'anonymous' ? 200 : 307);
    for (const [path, minimum] of PAGES) {
      const res = await api.get(path, { maxRedirects: 0 });
      if (RANK[who] >= RANK[minimum]) expect(res.status(), path).toBe(200);
      else if (who === 'anonymous') {
        expect(res.status(), path).toBe(307);
        expect(res.headers().location, path).toMatch(/^\/login\?next=/);
      } else expect(res.status(), path).toBe(403);
    }
  });

  test(`API for ${who}`, async ({ request }) => {
    const headers: Record<string, string> = who === 'anonymous' ? {} : { Authorization: `Bearer ${tokens[who]}` };
    for (const [name, minimum, call, okStatus] of API) {
      const res = await call(request, headers);
      expect(res.status(), name).toBe(RANK[who] >= RANK[minimum] ? okStatus : who === 'anonymous' ? 401 : 403);
    }
  });
}
