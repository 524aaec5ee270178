// Prepared statements for hot write paths (an article import), where building and preparing a
// drizzle query on every call costs more than SQLite takes to run it.
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

/** The database or a transaction on it. */
type DbOrTx = BaseSQLiteDatabase<'sync', unknown, typeof schema>;

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
