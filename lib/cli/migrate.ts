// npm run db:migrate — applies committed migrations to DATABASE_URL.
import { getDb } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { env } from '../env';

migrateDatabase(getDb());
console.log(`Migrated ${env().DATABASE_URL}`);
