// The one SQLite connection of this process. better-sqlite3 is synchronous, so a single
// connection serialises writes without a pool; WAL lets readers in other processes go on.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { env } from '../lib/env';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged review survives a power cut; reviews are few and small, so the cost is low.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Refreshes the planner's statistics where they are missing or stale (SQLite's advice for long-lived connections).
  sqlite.pragma('optimize = 0x10002');
  return drizzle({ client: sqlite, schema });
}

// Cached on globalThis so that dev-mode hot reloads reuse the connection instead of opening new ones.
const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

export function getDb(): Db {
  globalForDb.claimdeskDb ??= openDatabase(env().DATABASE_URL);
  return globalForDb.claimdeskDb;
}
