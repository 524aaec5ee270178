// Prepared statements for hot write paths (an article import), where building and preparing a
// drizzle query on every call costs more than SQLite takes to run it.
import { sql, type Placeholder } from 'drizzle-orm';
import type { DbOrTx } from './client';

/**
 * Memoises `prepare` per database connection: the statements it builds (drizzle `.prepare()` with
 * `sql.placeholder`) are made on first use and reused by every later call on that connection, in
 * whichever transaction it runs (a prepared statement belongs to the connection, so it joins the
 * transaction open on it). Keyed weakly, so a closed database's statements go with it.
 */
export function statementsPerConnection<T>(prepare: (db: DbOrTx) => T): (db: DbOrTx) => T {
  const cache = new WeakMap<object, T>();
  return (db) => {
    const connection = sessionOf(db);
    let statements = cache.get(connection);
    if (statements === undefined) {
      statements = prepare(db);
      cache.set(connection, statements);
    }
    return statements;
  };
}

// drizzle keeps the session (which holds the connection) out of its public types, but a database
// and every transaction on it share the one object: the only key that is the same for both.
function sessionOf(db: DbOrTx): object {
  const session = (db as unknown as { session?: object }).session;
  if (typeof session !== 'object' || session === null) throw new Error('statementsPerConnection: drizzle no longer exposes the session of a database');
  return session;
}

/**
 * A multi-row statement for each power-of-two row count up to `max` (itself a power of two), to run
 * the chunks of `powerOfTwoChunks`. All are prepared at once, on the connection's first use, so that
 * no later call pays for building one (5-10 ms for 64 rows of claims).
 */
export function powerOfTwoRowStatements<T>(max: number, prepare: (rows: number) => T): (rows: number) => T {
  const statements = new Map<number, T>();
  for (let rows = 1; rows <= max; rows *= 2) statements.set(rows, prepare(rows));
  return (rows) => {
    const statement = statements.get(rows);
    if (statement === undefined) throw new Error(`No statement for ${rows} rows: cut them with powerOfTwoChunks`);
    return statement;
  };
}

/** The values of a multi-row insert of `rows` rows: each a placeholder named after its column and row (`start_3`). */
export function placeholderRows<K extends string>(columns: readonly K[], rows: number): Record<K, Placeholder>[] {
  return Array.from({ length: rows }, (_, row) => Object.fromEntries(columns.map((column) => [column, sql.placeholder(placeholderName(column, row))])) as Record<K, Placeholder>);
}

/** What a statement made with `placeholderRows` is run with: `rows[r][column]` as `column_r`. */
export function numberedValues<K extends string>(columns: readonly K[], rows: readonly Record<K, unknown>[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  rows.forEach((row, r) => {
    for (const column of columns) values[placeholderName(column, r)] = row[column];
  });
  return values;
}

// Made once: building the names on every call doubled the time numberedValues takes.
const placeholderNames = new Map<string, string[]>();
function placeholderName(column: string, row: number): string {
  let names = placeholderNames.get(column);
  if (names === undefined) placeholderNames.set(column, (names = []));
  return (names[row] ??= `${column}_${row}`);
}

/**
 * `items` in order, in chunks whose sizes are powers of two (largest first, none over `max`, itself
 * a power of two): statements of log2(max) + 1 sizes cover any count, a count below `max` in at
 * most that many statements.
 */
export function powerOfTwoChunks<T>(items: readonly T[], max: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; ) {
    let size = max;
    while (size > items.length - start) size >>= 1;
    chunks.push(items.slice(start, start + size));
    start += size;
  }
  return chunks;
}
