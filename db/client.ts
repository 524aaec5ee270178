// The one SQLite connection of this process. better-sqlite3 is synchronous, so a single
// connection serialises writes without a pool; WAL lets readers in other processes go on.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { env } from '../lib/env';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** `mustExist`: refuse a missing file instead of creating an empty database (backup and restore). */
export function openDatabase(file: string, { mustExist = false }: { mustExist?: boolean } = {}): Db {
  if (file !== ':memory:' && !mustExist) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file, { fileMustExist: mustExist });
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged review survives a power cut; reviews are few and small, so the cost is low.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Refreshes the planner's statistics where they are missing or stale (SQLite's advice for long-lived connections).
  sqlite.pragma('optimize = 0x10002');
  return drizzle({ client: sqlite, schema });
}

/** SQLITE_BUSY (or an extended code of it): another connection held the lock longer than busy_timeout. */
export function isDatabaseBusy(error: unknown): boolean {
  // drizzle wraps driver errors in a query error whose `cause` is the SqliteError.
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
  }
  return false;
}

// Cached on globalThis so that dev-mode hot reloads reuse the connection instead of opening new ones.
const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

export function getDb(): Db {
  globalForDb.claimdeskDb ??= openDatabase(env().DATABASE_URL);
  return globalForDb.claimdeskDb;
}
