// Helpers for tests that check query plans: what a piece of data-access code prepares, and how
// SQLite would run it.
import { testDb } from './fixtures';

/**
 * Runs `work` and returns the SQL of every statement it prepared or ran: hot paths run statements
 * prepared once per connection (db/prepared-statements.ts), by an earlier call.
 */
export function capture(work: () => void): string[] {
  const client = testDb().$client;
  const seen: string[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as typeof client.prepare;
  const statementMethods = Object.getPrototypeOf(prepare('SELECT 1')) as Record<'run' | 'get' | 'all' | 'iterate', (...args: unknown[]) => unknown>;
  const originals = { run: statementMethods.run, get: statementMethods.get, all: statementMethods.all, iterate: statementMethods.iterate };
  for (const [name, method] of Object.entries(originals) as [keyof typeof originals, (...args: unknown[]) => unknown][]) {
    statementMethods[name] = function (this: { source: string }, ...args: unknown[]) {
      seen.push(this.source);
      return method.apply(this, args);
    };
  }
  try {
    work();
  } finally {
    client.prepare = prepare;
    Object.assign(statementMethods, originals);
  }
  return [...new Set(seen)];
}

/** The EXPLAIN QUERY PLAN lines of `sql`, with every parameter bound to 1. */
export function queryPlan(sql: string): string[] {
  const client = testDb().$client;
  const params = (sql.match(/\?/g) ?? []).map(() => 1);
  return (client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
}

/**
 * The steps of the plan of `sql` that read the claims or claim_sources table from end to end. Reading
 * a partial index through is not one: it holds only the rows its WHERE clause picks.
 */
export function fullScans(sql: string): string[] {
  const partial = new Set(testDb().$client.prepare(`select name from sqlite_master where type = 'index' and sql like '% WHERE %'`).pluck().all() as string[]);
  return queryPlan(sql).filter((d) => /^SCAN (claims|claim_sources)\b/.test(d) && !partial.has(/USING (?:COVERING )?INDEX (\w+)/.exec(d)?.[1] ?? ''));
}
