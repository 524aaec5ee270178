import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
/**
 * Node arguments that run the production server (Next plus client addresses and HOST): TypeScript
 * through tsx's loader in the same process (so signals and CPU time are the server's own), and
 * without the react-server condition, since Next loads its server bundles itself.
 */
export const serveArgs = ['--import', createRequire(import.meta.url).resolve('tsx/esm'), join(dirname(fileURLToPath(import.meta.url)), 'serve.ts')];

/** Runs `next build` when the build is missing or older than any source it is made from. */
export function ensureBuild(root = process.cwd()): void {
  if (!buildIsStale(root)) return;
  console.log('Building claimdesk (next build)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function buildIsStale(root: string): boolean {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = ['app', 'lib', 'db', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json'];
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
