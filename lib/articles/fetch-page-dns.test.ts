import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The resolver is replaced: names resolve to what each test says, and every lookup is counted.
const answers = new Map<string, { address: string; family: number }[]>();
const lookups: string[] = [];
vi.mock('node:dns/promises', () => ({
  lookup: async (host: string) => {
    lookups.push(host);
    return answers.get(host) ?? [];
  },
}));

const { fetchArticlePage } = await import('./fetch-page.server');

const PORT = 3652;
let server: http.Server;
let hostHeader = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hostHeader = req.headers.host ?? '';
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('Fares rose 8 percent.');
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchArticlePage and DNS', () => {
  it('resolves the name once and connects to the address it checked, sending the name as Host', async () => {
    answers.set('news.example', [{ address: '127.0.0.1', family: 4 }]);
    lookups.length = 0;
    const page = await fetchArticlePage(`http://news.example:${PORT}/story`, { allowHosts: ['news.example'] });
    expect(page.text).toBe('Fares rose 8 percent.');
    expect(lookups).toEqual(['news.example']);
    expect(hostHeader).toBe(`news.example:${PORT}`);
  });

  it('refuses a name when any of its addresses is not public', async () => {
    answers.set('mixed.example', [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ]);
    await expect(fetchArticlePage('http://mixed.example/', { allowHosts: [] })).rejects.toThrow(/mixed\.example is a private network address \(10\.0\.0\.7\)/);
    answers.set('rebind.example', [{ address: '::ffff:127.0.0.1', family: 6 }]);
    await expect(fetchArticlePage('http://rebind.example/', { allowHosts: [] })).rejects.toThrow(/loopback address/);
  });
});
