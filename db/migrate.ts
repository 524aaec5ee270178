import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { backfillRegistrySources } from '../lib/sources/upsert-registry-source.server';
import type { Db } from './client';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Brings the database up to the newest committed migration, then fills data later migrations expect. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
  // Sources stored before the registry existed get their registry entries (a no-op once done).
  backfillRegistrySources(db);
}
