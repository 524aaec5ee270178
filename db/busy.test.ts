// Two writers on one database: the second waits (busy_timeout) instead of failing, and a
// SQLITE_BUSY that still escapes reaches the client as 503 with Retry-After, not a stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { errorResponse } from '@/lib/http/api.server';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { isDatabaseBusy } from './client';

let checker: Actor;
beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
});
afterEach(() => {
  testDb().$client.pragma('busy_timeout = 5000');
});

const importSample = (title: string) => importArticle(checker, ArticleInputSchema.parse({ title, text: SAMPLE_ARTICLE }));

/** Another process (like a CLI beside the server) that holds the write lock for `ms`. */
function holdWriteLock(ms: number): Promise<void> {
  const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const script = `
    const db = new (require(${JSON.stringify(betterSqlite)}))(${JSON.stringify(env().DATABASE_URL)});
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE users SET name = name WHERE id = 1").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code}) before locking`)));
  });
}

describe('concurrent writers', () => {
  it('a write waits for another process’s transaction and then succeeds', async () => {
    await holdWriteLock(600);
    const started = Date.now();
    const imported = importSample('Written while a CLI held the lock');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(imported.claimCount).toBeGreaterThan(0);
  });

  it('a SQLITE_BUSY that outlasts busy_timeout becomes a 503 with Retry-After', async () => {
    const other = new Database(env().DATABASE_URL);
    other.exec('BEGIN IMMEDIATE');
    testDb().$client.pragma('busy_timeout = 50');
    let caught: unknown;
    try {
      importSample('Refused while locked');
    } catch (error) {
      caught = error;
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(isDatabaseBusy(caught)).toBe(true);
    const response = errorResponse(caught);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({ error: { code: 'busy', message: 'The database is busy; try again shortly' } });
  });

  it('other errors are still a plain 500', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = errorResponse(new Error('boom'));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'Internal error' } });
  });
});
