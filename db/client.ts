// The one SQLite connection of this process. better-sqlite3 is synchronous, so a single
// connection serialises writes without a pool; WAL lets readers in other processes go on.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { env } from '../lib/env';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The transaction `Db.transaction` hands its callback. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** The database or a transaction on it: for writes that run inside the caller's transaction. */
export type DbOrTx = BaseSQLiteDatabase<'sync', unknown, typeof schema>;

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

/**
 * WAL checkpoints between requests instead of inside one. By default SQLite checkpoints in the
 * COMMIT of whichever write takes the WAL past 1,000 pages: at archive scale that added about 20 ms
 * to one import in seven (most of the import's p95). The process's connection instead checkpoints
 * (PASSIVE: never waits for a lock, never blocks a writer in another process) on a timer, which
 * Node runs only between requests; the automatic checkpoint stays as a backstop for long bursts of
 * writes, at a higher mark. The work is the same, it just no longer lands on one request's time;
 * a request that arrives while a checkpoint runs waits for it (a few milliseconds, tens after a
 * burst). `npm run bench` prints what a checkpoint costs.
 */
export const CHECKPOINT_INTERVAL_MS = 1000;
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

export function checkpointWal(db: Db): void {
  db.$client.pragma('wal_checkpoint(PASSIVE)');
}

function checkpointWhenIdle(db: Db): void {
  db.$client.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  const timer = setInterval(() => {
    if (!db.$client.open) return clearInterval(timer);
    try {
      checkpointWal(db);
    } catch (error) {
      // Busy: another process is checkpointing or backing up; the next tick tries again. Anything
      // else is logged, not thrown: a throw in a timer would take the whole server down with it.
      if (!isDatabaseBusy(error)) console.error('WAL checkpoint failed:', error);
    }
  }, CHECKPOINT_INTERVAL_MS);
  // A pending checkpoint never keeps a CLI command alive.
  timer.unref();
}

// Cached on globalThis so that dev-mode hot reloads reuse the connection instead of opening new ones.
const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

export function getDb(): Db {
  if (!globalForDb.claimdeskDb) {
    globalForDb.claimdeskDb = openDatabase(env().DATABASE_URL);
    checkpointWhenIdle(globalForDb.claimdeskDb);
  }
  return globalForDb.claimdeskDb;
}
