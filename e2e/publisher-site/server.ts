// A newsroom's own site for the embed e2e (e2e/embed.spec.ts), started by playwright.config.ts:
//   tsx e2e/publisher-site/server.ts --port 3750 --desk http://localhost:3710
// Serves the three pages of pages.ts at /wordpress, /react and /amp (`?slug=` names the claimdesk
// article) under the strict policy the issue names: scripts and connections only from the desk.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { ampPage, reactNewsPage, wordpressPage } from './pages';

const { values } = parseArgs({ options: { port: { type: 'string' }, desk: { type: 'string' } } });
const port = Number(values.port);
const desk = values.desk!.replace(/\/+$/, '');
const PAGES = { '/wordpress': wordpressPage, '/react': reactNewsPage, '/amp': ampPage } as const;
const CSP = `default-src 'self'; script-src ${desk}; connect-src ${desk}`;
const CSS = 'body{font-family:Georgia,serif;max-width:42rem;margin:0 auto;padding:1rem}p{line-height:1.6}span,mark{background:none!important}button{all:unset}';

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://localhost:${port}`);
  if (url.pathname === '/site.css') {
    response.writeHead(200, { 'content-type': 'text/css' }).end(CSS);
    return;
  }
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (url.pathname === '/') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('publisher site');
    return;
  }
  const page = PAGES[url.pathname as keyof typeof PAGES];
  if (!page) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
  response.end(page(desk, url.searchParams.get('slug') ?? ''));
}).listen(port, 'localhost', () => console.log(`publisher site on http://localhost:${port}`));
