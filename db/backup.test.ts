import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { backupDatabase, BackupError, restoreDatabase, verifyDatabaseFile } from './backup';
import { openDatabase } from './client';

let checker: Actor;
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-backup-'));
beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
});

const importSample = (title: string) => importArticle(checker, ArticleInputSchema.parse({ title, text: SAMPLE_ARTICLE }));
const titles = (file: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT title FROM articles ORDER BY id').all() as { title: string }[]).map((r) => r.title);
  } finally {
    db.close();
  }
};

describe('backupDatabase', () => {
  it('copies the open database, including commits still in the WAL, into a checked single file', () => {
    importSample('Before the backup');
    const file = join(dir, 'copy.db');
    const result = backupDatabase(env().DATABASE_URL, file);
    importSample('After the backup');

    expect(result).toMatchObject({ file, articles: 1 });
    expect(result.claims).toBeGreaterThanOrEqual(4);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(titles(file)).toEqual(['Before the backup']);
    expect(verifyDatabaseFile(file)).toMatchObject({ articles: 1, claims: result.claims });
  });

  it('refuses a missing database, and a backup file that is the database itself', () => {
    expect(() => backupDatabase(join(dir, 'nothing-here.db'), join(dir, 'x.db'))).toThrow(/No database at/);
    expect(() => backupDatabase(env().DATABASE_URL, env().DATABASE_URL)).toThrow(BackupError);
    expect(() => backupDatabase(env().DATABASE_URL, `${env().DATABASE_URL}-wal`)).toThrow(/must not be the database/);
  });

  it('refuses a file that is not a claimdesk database, and leaves no backup behind', () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'These are my notes, not a database. '.repeat(200));
    expect(() => backupDatabase(text, join(dir, 'notes-copy.db'))).toThrow(/not a SQLite database/);
    const other = join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(() => backupDatabase(other, join(dir, 'other-copy.db'))).toThrow(/not a claimdesk database/);
    expect(existsSync(join(dir, 'notes-copy.db'))).toBe(false);
    expect(existsSync(join(dir, 'other-copy.db'))).toBe(false);
  });
});

describe('restoreDatabase', () => {
  it('refuses while another connection has the database open (here: this process’s own)', () => {
    const file = join(dir, 'for-live.db');
    backupDatabase(env().DATABASE_URL, file);
    testDb(); // the app's connection is open on DATABASE_URL
    expect(() => restoreDatabase(file, env().DATABASE_URL)).toThrow(/in use by another process/);
    expect(testDb().$client.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('replaces a stopped database atomically, removes its stale -wal and -shm, and keeps the old one aside', () => {
    const backup = join(dir, 'restore-me.db');
    backupDatabase(env().DATABASE_URL, backup);
    const expected = titles(backup);

    const target = join(dir, 'target', 'claimdesk.db');
    const old = openDatabase(target);
    old.$client.exec("CREATE TABLE scratch (x); INSERT INTO scratch VALUES ('old data')");
    old.$client.close();
    writeFileSync(`${target}-wal`, 'stale WAL left by a crashed process');
    writeFileSync(`${target}-shm`, 'stale shm');

    const result = restoreDatabase(backup, target, new Date('2026-11-25T12:00:00Z'));
    expect(result).toMatchObject({ file: target, articles: expected.length, previous: `${target}.before-restore-2026-11-25T12-00-00-000Z` });
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(existsSync(`${target}-shm`)).toBe(false);
    expect(titles(target)).toEqual(expected);
    expect(verifyDatabaseFile(target).articles).toBe(expected.length);
    const kept = new Database(result.previous!, { readonly: true });
    expect(kept.prepare('SELECT x FROM scratch').pluck().get()).toBe('old data');
    kept.close();
    // The backup itself is untouched.
    expect(verifyDatabaseFile(backup).articles).toBe(expected.length);
  });

  it('restores into an empty place', () => {
    const backup = join(dir, 'fresh.db');
    backupDatabase(env().DATABASE_URL, backup);
    const target = join(dir, 'new-home', 'claimdesk.db');
    expect(restoreDatabase(backup, target)).toMatchObject({ previous: null });
    expect(titles(target)).toEqual(titles(backup));
  });

  it('restores over a database too damaged to open, keeping the damaged file aside', () => {
    const backup = join(dir, 'over-damaged.db');
    backupDatabase(env().DATABASE_URL, backup);
    const target = join(dir, 'damaged', 'claimdesk.db');
    mkdirSync(join(dir, 'damaged'));
    writeFileSync(target, 'disk error garbage '.repeat(300));
    const result = restoreDatabase(backup, target);
    expect(titles(target)).toEqual(titles(backup));
    expect(readFileSync(result.previous!, 'utf8')).toMatch(/^disk error garbage/);
  });

  it('refuses a missing, foreign or corrupt backup and leaves the database as it was', () => {
    const target = join(dir, 'keep', 'claimdesk.db');
    restoreDatabase(backupDatabase(env().DATABASE_URL, join(dir, 'good.db')).file, target);
    const before = readFileSync(target);

    expect(() => restoreDatabase(join(dir, 'no-such-backup.db'), target)).toThrow(/No backup file at/);
    const text = join(dir, 'text.db');
    writeFileSync(text, 'not a database '.repeat(500));
    expect(() => restoreDatabase(text, target)).toThrow(/not a SQLite database/);

    // Damage a b-tree page in the middle of a real backup: the header still says SQLite.
    const corrupt = join(dir, 'corrupt.db');
    const bytes = readFileSync(join(dir, 'good.db'));
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0xa5, page * pageSize, page * pageSize + 200);
    writeFileSync(corrupt, bytes);
    expect(() => restoreDatabase(corrupt, target)).toThrow(BackupError);

    expect(readFileSync(target).equals(before)).toBe(true);
  });
});
