// Runs the production server on a temporary database for the reliability tests and the load
// test: seed it with the project's own CLIs, start the production server, kill it, start it again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveArgs } from '../cli/ensure-build';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `claimdesk-${label}-`));
}

/** Runs one of lib/cli/*.ts the way `npm run` does, against `databaseFile`. */
export function runCli(script: string, args: string[], databaseFile: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [tsxCli, '--conditions=react-server', join(root, 'lib', 'cli', script), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseFile, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking: for a CLI that runs while the server is busy. */
export function runCliAsync(script: string, args: string[], databaseFile: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [tsxCli, '--conditions=react-server', join(root, 'lib', 'cli', script), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseFile, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c));
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ status: code ?? 1, stdout, stderr })));
}

function mustRun(script: string, args: string[], databaseFile: string): string {
  const result = runCli(script, args, databaseFile);
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`);
  return result.stdout.trim();
}

/** Migrates and seeds the demo data, and returns API tokens of the demo fact-checker and editor. */
export function prepareDatabase(databaseFile: string): { checker: string; editor: string } {
  mustRun('seed.ts', [], databaseFile);
  return {
    checker: mustRun('create-token.ts', ['checker@example.org', 'reliability'], databaseFile),
    editor: mustRun('create-token.ts', ['editor@example.org', 'reliability'], databaseFile),
  };
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Resolves when the server process has exited. */
  exited: Promise<void>;
}

/**
 * Starts the production server (lib/cli/serve.ts, as `npm start` does) on 127.0.0.1:`port` with
 * `databaseFile`, and waits until it answers. `settings` adds environment variables (TRUSTED_PROXIES).
 */
export async function startServer(databaseFile: string, port: number, logFile: string, settings: Record<string, string> = {}): Promise<RunningServer> {
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group, so that a kill reaches any worker next might fork as well.
  const child = spawn(process.execPath, serveArgs, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseFile, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', TRUSTED_PROXIES: '', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`The server exited during start-up; its log:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.ok) return { url, process: child, exited };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  killServer({ url, process: child, exited }, 'SIGKILL');
  throw new Error(`The server did not answer on ${url} within 60 s; its log:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
}

/** Signals the server's whole process group and waits for it to exit. */
export async function killServer(server: RunningServer, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  try {
    process.kill(-server.process.pid!, signal);
  } catch {
    // already gone
  }
  await server.exited;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const demoTexts = ['harbour-bridge.txt', 'clinic-funding.txt', 'transit-strike.txt'].map((f) => readFileSync(join(root, 'db', 'demo', f), 'utf8'));

/** An article body for the n-th import: a demo text plus a paragraph of its own, so no two are alike. */
export function articleText(n: number): string {
  return `${demoTexts[n % demoTexts.length]}\n\nThe city spent ${1000 + n} dollars on the review, according to a council report published on day ${n}.\n`;
}
