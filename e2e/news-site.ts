// A local "news site" that e2e specs start themselves, for importing by URL. The app reaches it
// only because the e2e server runs with FETCH_ALLOW_HOSTS=127.0.0.1 (playwright.config.ts).
import http from 'node:http';

export interface NewsSite {
  origin: string;
  /** How many times /story/<name> was fetched: the page's text changes with each version. */
  setVersion(name: string, version: number): void;
  close(): Promise<void>;
}

export function storyPage(headline: string, paragraphs: string[], extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline} | Lakeside Courier</title>
<meta property="og:site_name" content="Lakeside Courier"><meta name="author" content="Rita Moss">
<meta property="article:published_time" content="2026-11-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}
<figure><img src="/ferry.jpg" alt=""><figcaption>The ferry leaves the pier. <span class="credit">Photo: Lakeside Courier</span></figcaption></figure>
<p><strong>Read more:</strong> <a href="/other">Ferry fares rise again</a></p>${extra}</article></main>
<footer>© 2026 Lakeside Courier</footer></body></html>`;
}

export async function startNewsSite(port: number, pages: Record<string, (version: number) => { type?: string; body: string | Buffer; status?: number; headers?: Record<string, string>; delayMs?: number }>): Promise<NewsSite> {
  const versions = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages[path];
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const { type = 'text/html; charset=utf-8', body, status = 200, headers = {}, delayMs = 0 } = page(versions.get(path) ?? 1);
    setTimeout(() => res.writeHead(status, { 'Content-Type': type, ...headers }).end(body), delayMs);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    setVersion: (name, version) => versions.set(name, version),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
