// `npm run backup` while the server takes a stream of imports and status changes; then
// `npm run restore` of that backup: the restored database is sound, holds every write
// acknowledged before the backup started, and none sent after it finished.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityProblems, missingAcknowledged, partialArticles, presentWrites, versionHistoryMismatches, withDatabase } from './check-database';
import { killServer, prepareDatabase, runCliAsync, startServer, tempDir, type RunningServer } from './harness';
import { WriteDriver } from './write-driver';

const PORT = 3611;
const dir = tempDir('backup');
const databaseFile = join(dir, 'claimdesk.db');
const backupFile = join(dir, 'backups', 'claimdesk-backup.db');
const log = join(dir, 'server.log');
let server: RunningServer | undefined;

afterAll(async () => {
  if (server) await killServer(server, 'SIGKILL');
});

describe('backup and restore under write load', () => {
  it('restores a consistent snapshot with every write acknowledged before the backup', async () => {
    const { checker } = prepareDatabase(databaseFile);
    server = await startServer(databaseFile, PORT, log);
    const driver = new WriteDriver(server.url, checker, { concurrency: 3, label: 'backup' });
    driver.start();
    await driver.waitFor(() => driver.imports.length >= 5 && driver.reviews.length >= 10, 90_000);

    const backupStarted = Date.now();
    const ackedBefore = { imports: [...driver.imports], reviews: [...driver.reviews] };
    // A CLI that writes (a new API token) at the same time: it waits for the server's writes, it is not refused.
    const [backup, cliWrite] = await Promise.all([
      runCliAsync('backup.ts', [backupFile], databaseFile),
      runCliAsync('create-token.ts', ['editor@example.org', 'during-backup'], databaseFile),
    ]);
    const backupEnded = Date.now();
    expect(cliWrite.stderr).toBe('');
    expect(cliWrite.stdout).toMatch(/^cd_/);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/integrity ok/);

    // Restoring over the database while the server has it open is refused.
    const refused = await runCliAsync('restore.ts', [backupFile], databaseFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/in use by another process/);

    // Keep writing a little after the backup, then stop.
    const ackedAtEnd = driver.reviews.length + driver.imports.length;
    await driver.waitFor(() => driver.reviews.length + driver.imports.length >= ackedAtEnd + 10, 60_000);
    await driver.stop();
    expect(driver.failures).toEqual([]);
    const sentDuring = driver.sent.filter((w) => w.sentAt >= backupStarted && w.sentAt <= backupEnded).length;
    const sentAfter = driver.sent.filter((w) => w.sentAt > backupEnded);
    console.log(`backup took ${backupEnded - backupStarted} ms with ${sentDuring} writes sent meanwhile; ${ackedBefore.imports.length + ackedBefore.reviews.length} acknowledged before it, ${sentAfter.length} sent after it`);
    expect(sentAfter.length).toBeGreaterThan(0);

    // The live database still has everything: the refused restore changed nothing.
    withDatabase(databaseFile, (db) => expect(missingAcknowledged(db, driver.imports, driver.reviews)).toEqual([]));

    // Restore into a fresh place, and over the stopped original.
    await killServer(server, 'SIGTERM');
    server = undefined;
    const elsewhere = join(dir, 'restored', 'claimdesk.db');
    for (const target of [elsewhere, databaseFile]) {
      const restored = await runCliAsync('restore.ts', [backupFile], target);
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      expect(existsSync(`${target}-wal`)).toBe(false);
      withDatabase(target, (db) => {
        expect(integrityProblems(db)).toEqual([]);
        expect(partialArticles(db)).toEqual([]);
        expect(versionHistoryMismatches(db)).toEqual([]);
        expect(missingAcknowledged(db, ackedBefore.imports, ackedBefore.reviews)).toEqual([]);
        expect(presentWrites(db, sentAfter)).toEqual([]);
      });
    }

    // The server starts on the restored database and serves it.
    server = await startServer(databaseFile, PORT, log);
    const api = await fetch(`${server.url}/api/articles/${ackedBefore.imports[0].id}`, { headers: { Authorization: `Bearer ${checker}` } });
    expect(api.status).toBe(200);
    expect(((await api.json()) as { title: string }).title).toBe(ackedBefore.imports[0].title);
  });
});
