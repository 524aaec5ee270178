// Runs `npm run db:seed`'s script as a child process on an empty database, as a new install does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '@/db/seed';

const root = join(__dirname, '..', '..');

function seed(databaseUrl: string) {
  return spawnSync('npx', ['tsx', '--conditions=react-server', 'lib/cli/seed.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl } });
}

describe('seed CLI', () => {
  it('prints the demo sign-ins when it seeds an empty database, and not when it seeds nothing', () => {
    const databaseUrl = join(mkdtempSync(join(tmpdir(), 'claimdesk-seed-')), 'seed.db');
    const first = seed(databaseUrl);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Demo sign-ins');
    for (const user of DEMO_USERS) expect(first.stdout).toMatch(new RegExp(`${user.email}\\s+password: ${user.password}`));

    const second = seed(databaseUrl);
    expect(second.stdout).toContain('nothing seeded');
    for (const user of DEMO_USERS) expect(second.stdout).not.toContain(user.password);
  }, 120_000);
});
