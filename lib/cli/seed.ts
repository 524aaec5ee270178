// npm run db:seed — migrates, then adds the demo users and articles if the database has no users.
import { getDb } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { demoSignInLines, seedDemoData } from '../../db/seed';

const db = getDb();
migrateDatabase(db);
console.log((await seedDemoData(db)) ? ['Seeded demo data', ...demoSignInLines()].join('\n') : 'Database already has users; nothing seeded');
