// Worker thread that reduces an HTML page to its article (lib/articles/reduce-html.server.ts runs it).
// Plain JavaScript on purpose: Next bundles the server's TypeScript, and this file must load by
// its path in `next start`, vitest and tsx alike. It compiles html-article.ts with tsx (a runtime
// dependency of the project) once per thread.
import { tsImport } from 'tsx/esm/api';

const articleModule = tsImport('./html-article.ts', import.meta.url);

/**
 * @param {{ html: string, started: import('node:worker_threads').MessagePort }} task
 * `started` hears when the reduction itself begins: the time limit does not count the thread's
 * start-up or the wait in the queue.
 */
export default async function reduce({ html, started }) {
  const { htmlToArticle } = await articleModule;
  started.postMessage('started');
  started.close();
  return htmlToArticle(html);
}
