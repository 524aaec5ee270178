import 'server-only';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { AppError } from '@/lib/errors';
import type { HtmlArticle } from './html-article';

/** Longest an HTML page may take to reduce; a page that takes longer is refused as too complex. */
export const HTML_REDUCE_TIMEOUT_MS = 5_000;

export const PAGE_TOO_COMPLEX = `This page is too complex to import: reducing it to its article took more than ${HTML_REDUCE_TIMEOUT_MS / 1000} s. Paste the article's text instead.`;

// The worker file ships beside the sources, outside Next's bundle: resolved from the project root
// (the working directory of `npm start`, vitest and tsx), which a bundled import.meta.url is not.
const WORKER_FILE = path.join(process.cwd(), 'lib', 'articles', 'html-reduce-worker.mjs');

let pool: Piscina | undefined;

function reducePool(): Piscina {
  pool ??= new Piscina({
    filename: WORKER_FILE,
    // Reduction is CPU-bound: leave a core for the requests the main thread serves.
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    // A thread is kept a minute after its last page, so a burst of imports compiles html-article.ts once.
    idleTimeout: 60_000,
    // Beyond this many pages waiting, an import is refused (429) rather than queued for minutes.
    maxQueue: 32,
    // A hostile page exhausts the worker's heap, not the server's.
    resourceLimits: { maxOldGenerationSizeMb: 1024, stackSizeMb: 8 },
  });
  return pool;
}

/**
 * Reduces an HTML page to its article's text and metadata in a worker thread, so the event loop
 * keeps serving other requests. A page that takes longer than HTML_REDUCE_TIMEOUT_MS (its worker
 * is stopped) or that breaks the worker is refused with a 422.
 */
export async function reduceHtml(html: string, { timeoutMs = HTML_REDUCE_TIMEOUT_MS } = {}): Promise<HtmlArticle> {
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  port1.once('message', () => {
    timer = setTimeout(() => abort.abort(), timeoutMs);
  });
  try {
    return (await reducePool().run({ html, started: port2 }, { transferList: [port2], signal: abort.signal })) as HtmlArticle;
  } catch (error) {
    if (abort.signal.aborted) throw new AppError('invalid', PAGE_TOO_COMPLEX, { text: [PAGE_TOO_COMPLEX] });
    if (error instanceof Error && /queue is at limit/i.test(error.message)) {
      throw new AppError('rate_limited', 'Too many pages are being imported at once; try again in a minute.');
    }
    // Out of memory or of stack in the worker: the page, not the server, is at fault.
    if (error instanceof Error && /ERR_WORKER_OUT_OF_MEMORY|Maximum call stack|terminated/i.test(`${(error as { code?: string }).code} ${error.message}`)) {
      const message = 'This page is too complex to import. Paste the article’s text instead.';
      throw new AppError('invalid', message, { text: [message] });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}
