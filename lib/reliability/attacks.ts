// The hostile inputs of issue 14 and the tools to watch the server while they run, shared by the
// load test and the reliability suite.
import { largeArticleText } from '../bench/large-article';
import { percentile } from '../bench/percentile';

/** `'<div>' × levels` around one sentence: Readability's time grows much faster than the input. */
export function nestedHtml(levels: number): string {
  return `${'<div>'.repeat(levels)}<p>The mayor said taxes rose 5 percent.</p>`;
}

/** The attack mix of the issue: nested-HTML imports at 1,500 and 199,000 levels (the latter 995 KB, under the limit). */
export const NESTED_LEVELS = [1_500, 199_000, 1_500, 199_000, 1_500] as const;

export interface AttackOutcome {
  what: string;
  status: number | 'timeout' | 'dropped';
  ms: number;
}

async function timedFetch(what: string, url: string, init: RequestInit, timeoutMs: number): Promise<AttackOutcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return { what, status: response.status, ms: performance.now() - started };
  } catch (error) {
    const name = (error as Error).name;
    return { what, status: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'dropped', ms: performance.now() - started };
  }
}

export function importNestedHtml(url: string, token: string, levels: number, timeoutMs: number): Promise<AttackOutcome> {
  return timedFetch(
    `import nested HTML ×${levels.toLocaleString('en')}`,
    `${url}/api/articles`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: `Nested ${levels}`, text: nestedHtml(levels), format: 'html' }),
    },
    timeoutMs,
  );
}

export function exportAnnotations(url: string, token: string, articleId: number, timeoutMs: number): Promise<AttackOutcome> {
  return timedFetch('annotations export, 14,000 claims', `${url}/api/articles/${articleId}/export?format=annotations`, { headers: { Authorization: `Bearer ${token}` } }, timeoutMs);
}

/** Imports the largest article the desk accepts (200,000 characters, ~14,000 claims); returns its id and claim count. */
export async function importLargeArticle(url: string, token: string): Promise<{ id: number; claims: number }> {
  const response = await fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Largest article', text: largeArticleText(), format: 'text' }),
    signal: AbortSignal.timeout(120_000),
  });
  if (response.status !== 201) throw new Error(`large import: ${response.status} ${(await response.text()).slice(0, 200)}`);
  const body = (await response.json()) as { id: number; claims: unknown[] };
  return { id: body.id, claims: body.claims.length };
}

/**
 * Sends GET `path` every `intervalMs` whether or not the previous one has answered, and records how
 * long each took. Sent on a fixed clock, the probes sample time evenly: a stall of 5 s shows up in
 * every probe sent during it, not as one sample among thousands.
 */
export class LatencyProbe {
  readonly latencies: number[] = [];
  readonly failures: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly url: string,
    private readonly intervalMs: number,
    private readonly timeoutMs = 30_000,
  ) {}

  start(): this {
    this.timer = setInterval(() => {
      const started = performance.now();
      const probe = fetch(this.url, { signal: AbortSignal.timeout(this.timeoutMs) })
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) this.failures.push(`${response.status}`);
          this.latencies.push(performance.now() - started);
        })
        .catch((error: Error) => {
          this.failures.push(error.name);
          this.latencies.push(performance.now() - started);
        })
        .finally(() => this.pending.delete(probe));
      this.pending.add(probe);
    }, this.intervalMs);
    return this;
  }

  async stop(): Promise<{ count: number; p50: number; p95: number; p99: number; max: number; failures: string[] }> {
    clearInterval(this.timer);
    await Promise.all(this.pending);
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (p: number) => (sorted.length ? percentile(sorted, p) : NaN);
    return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN, failures: this.failures };
  }
}

export interface EventLoopStats {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** The server's own event-loop delay histogram (EVENT_LOOP_STATS=true), in ms; `reset` starts a new window. */
export async function eventLoopStats(url: string, reset: boolean): Promise<EventLoopStats> {
  const response = await fetch(`${url}/__event-loop${reset ? '?reset=1' : ''}`, { signal: AbortSignal.timeout(120_000) });
  return (await response.json()) as EventLoopStats;
}
