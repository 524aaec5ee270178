import 'server-only';
import { env } from '@/lib/env';

// Tells the shared HTTP cache in front of claimdesk (Varnish, Fastly, ...) that some public responses
// changed: one `PURGE` request to CACHE_PURGE_URL naming their surrogate keys in a `Surrogate-Key` header,
// which deploy/varnish.vcl turns into a ban of every cached object carrying any of them.
//
// Fire and forget: the caller has committed its change and answers its own request at once; the purge
// runs on later turns of the event loop, retried with backoff, and is logged when it fails for good.

/** Waits before each retry; the last failure is logged and given up (the short browser max-age still bounds staleness). */
const RETRY_DELAYS_MS = [50, 250, 1000, 4000, 15000];
const ATTEMPT_TIMEOUT_MS = 3000;
/**
 * A reader's response the app rendered just before the change may reach the cache just after the
 * ban and be stored stale; a second purge this much later removes it.
 */
const REPEAT_AFTER_MS = 1500;

export interface PurgeOptions {
  url?: string;
  /** For tests: how long to wait between attempts. */
  retryDelaysMs?: readonly number[];
  repeatAfterMs?: number | null;
  log?: (message: string) => void;
}

/** Purges every cached response tagged with any of `keys`, in the background. No-op without CACHE_PURGE_URL. */
export function purgeCacheKeys(keys: readonly string[], options: PurgeOptions = {}): void {
  const url = options.url ?? env().CACHE_PURGE_URL;
  if (!url || keys.length === 0) return;
  const unique = [...new Set(keys)];
  const repeatAfter = options.repeatAfterMs === undefined ? REPEAT_AFTER_MS : options.repeatAfterMs;
  setTimeout(() => {
    void sendWithRetries(url, unique, options);
    if (repeatAfter !== null) setTimeout(() => void sendWithRetries(url, unique, options), repeatAfter).unref();
  }, 0);
}

/** One purge, retried; resolves true when the cache accepted it. Exported for tests. */
export async function sendWithRetries(url: string, keys: readonly string[], options: PurgeOptions = {}): Promise<boolean> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const log = options.log ?? ((message: string) => console.error(message));
  for (let attempt = 0; ; attempt++) {
    const failure = await sendOnce(url, keys);
    if (failure === null) return true;
    if (attempt >= delays.length) {
      log(`Cache purge failed for good after ${attempt + 1} attempts (${keys.join(' ')}): ${failure}`);
      return false;
    }
    log(`Cache purge attempt ${attempt + 1} failed (${keys.join(' ')}): ${failure}; retrying in ${delays[attempt]} ms`);
    await new Promise((resolve) => setTimeout(resolve, delays[attempt]).unref());
  }
}

/** null on success, else why it failed. */
async function sendOnce(url: string, keys: readonly string[]): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'PURGE',
      headers: { 'surrogate-key': keys.join(' ') },
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      redirect: 'manual',
    });
    await response.arrayBuffer();
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    if (!(error instanceof Error)) return String(error);
    // fetch's own message is only "fetch failed"; the reason (ECONNREFUSED, ...) is its cause.
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
}
