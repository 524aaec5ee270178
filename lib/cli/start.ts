// npm start — migrates the database, seeds demo data into an empty one, builds the app when the
// build is missing or older than the sources, then serves it with `next start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getDb } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { seedDemoData } from '../../db/seed';
import { env } from '../env';

const root = process.cwd();
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const { PORT, DATABASE_URL } = env();

const db = getDb();
migrateDatabase(db);
if (await seedDemoData(db)) console.log(`Seeded demo data into ${DATABASE_URL}`);
db.$client.close();

if (buildIsStale()) {
  console.log('Building claimdesk (next build)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [nextBin, 'start', '--port', String(PORT)], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

function buildIsStale(): boolean {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = ['app', 'lib', 'db', 'next.config.ts', 'package-lock.json', 'tsconfig.json'];
  return inputs.some((path) => newestMtime(join(root, path)) > built);
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}
