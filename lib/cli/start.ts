// npm start — migrates the database, seeds demo data into an empty one, builds the app when the
// build is missing or older than the sources, then serves it (lib/cli/serve.ts: Next on HOST:PORT).
import { spawn } from 'node:child_process';
import { getDb } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { demoSignInLines, seedDemoData } from '../../db/seed';
import { env } from '../env';
import { ensureBuild, serveArgs } from './ensure-build';

const { DATABASE_URL } = env();

const db = getDb();
migrateDatabase(db);
if (await seedDemoData(db)) console.log([`Seeded demo data into ${DATABASE_URL}`, ...demoSignInLines()].join('\n'));
db.$client.close();

ensureBuild();

const server = spawn(process.execPath, serveArgs, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
