// Runs Debian's varnishd with deploy/varnish.vcl in front of a test server, for the reader-cache test
// and the bench: the shipped VCL, with only its backend port changed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sleep, tempDir } from './harness';

export interface RunningVarnish {
  url: string;
  /** Varnish's working directory, for varnishstat. */
  workDir: string;
  process: ChildProcess;
  exited: Promise<void>;
}

export function varnishInstalled(): boolean {
  return spawnSync('varnishd', ['-V'], { encoding: 'utf8' }).status === 0;
}

/** The shipped VCL pointed at `backendPort`. */
export function vclFor(backendPort: number): string {
  const vcl = readFileSync(join(root, 'deploy', 'varnish.vcl'), 'utf8');
  const pointed = vcl.replace('.port = "3000";', `.port = "${backendPort}";`);
  if (pointed === vcl) throw new Error('deploy/varnish.vcl no longer has the backend line `.port = "3000";`');
  return pointed;
}

/** Starts varnishd on 127.0.0.1:`port` (admin on `adminPort`) in front of 127.0.0.1:`backendPort`, and waits until it answers. */
export async function startVarnish(port: number, adminPort: number, backendPort: number): Promise<RunningVarnish> {
  const dir = tempDir('varnish');
  // varnishd reads the VCL after dropping root to its own user: the folder and file must be readable.
  chmodSync(dir, 0o755);
  const vclFile = join(dir, 'claimdesk.vcl');
  writeFileSync(vclFile, vclFor(backendPort), { mode: 0o644 });
  const workDir = join(dir, 'work');
  const child = spawn(
    'varnishd',
    ['-F', '-n', workDir, '-a', `127.0.0.1:${port}`, '-T', `127.0.0.1:${adminPort}`, '-f', vclFile, '-s', 'malloc,64m', '-p', 'ban_lurker_sleep=0.01'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`varnishd exited during start-up:\n${output.slice(-3000)}`);
    try {
      await (await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) })).arrayBuffer();
      return { url, workDir, process: child, exited };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`varnishd did not answer on ${url} within 30 s:\n${output.slice(-3000)}`);
}

export async function stopVarnish(varnish: RunningVarnish): Promise<void> {
  varnish.process.kill('SIGTERM');
  await varnish.exited;
}

/** How many requests Varnish has sent to the app so far (MAIN.backend_req). */
export function backendRequests(varnish: RunningVarnish): number {
  const result = spawnSync('varnishstat', ['-n', varnish.workDir, '-1', '-f', 'MAIN.backend_req'], { encoding: 'utf8' });
  const count = /MAIN\.backend_req\s+(\d+)/.exec(result.stdout)?.[1];
  if (count === undefined) throw new Error(`varnishstat gave no backend_req: ${result.stderr}${result.stdout}`);
  return Number(count);
}
