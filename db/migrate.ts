import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Brings the database up to the newest committed migration. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}
