// Online backup and offline restore of the SQLite database (npm run backup / npm run restore).
//
// Backup uses `VACUUM INTO`: it reads inside one transaction, so the copy is a consistent snapshot
// of every commit made before it started, and in WAL mode it never blocks the server's writers.
// Restore installs a verified copy with a rename, so the database file is always either the old
// one or the new one, never half of each.
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { isDatabaseBusy, openDatabase } from './client';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface DatabaseSummary {
  articles: number;
  claims: number;
  /** Applied migrations, to refuse a backup made by a newer claimdesk. */
  migrations: number;
}

export interface BackupResult extends DatabaseSummary {
  file: string;
  bytes: number;
}

export interface RestoreResult extends DatabaseSummary {
  file: string;
  /** Where the database that was replaced was kept, or null when there was none. */
  previous: string | null;
}

const REQUIRED_TABLES = ['__drizzle_migrations', 'users', 'articles', 'claims', 'claim_history'];

/** Copies the live database at `sourceFile` to `destFile` while the app may be running. */
export function backupDatabase(sourceFile: string, destFile: string): BackupResult {
  const source = resolve(sourceFile);
  const dest = resolve(destFile);
  if (!isFile(source)) throw new BackupError(`No database at ${source}`);
  if ([source, `${source}-wal`, `${source}-shm`].includes(dest)) throw new BackupError('The backup file must not be the database itself');
  if (existsSync(dest) && !isFile(dest)) throw new BackupError(`${dest} exists and is not a file`);
  mkdirSync(dirname(dest), { recursive: true });

  const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.tmp`);
  rmSync(tmp, { force: true });
  try {
    const db = openExisting(source, () => openDatabase(source, { mustExist: true }).$client);
    try {
      requireClaimdeskTables(db, source);
      db.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      db.close();
    }
    const summary = verifyDatabaseFile(tmp, 'The backup');
    // VACUUM INTO does not fsync its output; without this a power cut could leave a torn backup.
    fsyncFile(tmp);
    renameSync(tmp, dest);
    fsyncFile(dirname(dest));
    return { file: dest, bytes: statSync(dest).size, ...summary };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Replaces the database at `targetFile` with a copy of `backupFile`, after checking the copy.
 * Refuses while another process (the server, a CLI) has the database open. The replaced
 * database is kept next to it as `<name>.before-restore-<time>`.
 */
export function restoreDatabase(backupFile: string, targetFile: string, now = new Date()): RestoreResult {
  const backup = resolve(backupFile);
  const target = resolve(targetFile);
  if (!existsSync(backup)) throw new BackupError(`No backup file at ${backup}`);
  if (!isFile(backup)) throw new BackupError(`${backup} is not a file`);
  if (backup === target) throw new BackupError('The backup file is the database itself');
  // A -wal beside it means a live database whose latest commits are not in the main file yet.
  if (existsSync(`${backup}-wal`)) throw new BackupError(`${backup} has a -wal file: it looks like a live database, not a backup; make one with npm run backup`);
  mkdirSync(dirname(target), { recursive: true });

  // Work on a copy in the target's directory, so the backup stays untouched and the final rename
  // stays on one file system (renames across file systems are not atomic).
  const tmp = join(dirname(target), `.${basename(target)}.restore-${process.pid}.tmp`);
  rmSync(tmp, { force: true });
  try {
    copyFileSync(backup, tmp);
    const summary = verifyDatabaseFile(tmp, `The backup ${backup}`);
    const known = knownMigrationCount();
    if (summary.migrations > known) {
      throw new BackupError(`The backup has ${summary.migrations} migrations applied but this claimdesk knows only ${known}: restore it with the newer version`);
    }
    fsyncFile(tmp);

    let previous: string | null = null;
    const keepAside = () => {
      previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      linkSync(target, previous);
    };
    const current = existsSync(target) ? openCurrent(target) : null;
    if (current === 'damaged') {
      // Restoring over a damaged database is what restore is for; keep it aside for inspection.
      keepAside();
      installFile(tmp, target);
    } else if (current) {
      try {
        // Leaving WAL mode needs every other connection closed, so it fails exactly when the
        // server (or a CLI) has the database open. It also folds the WAL into the main file,
        // so the database we keep aside is complete on its own.
        current.pragma('busy_timeout = 0');
        let mode: unknown;
        try {
          mode = current.pragma('journal_mode = DELETE', { simple: true });
        } catch (error) {
          if (isDatabaseBusy(error)) mode = 'busy';
          else throw error;
        }
        if (mode !== 'delete') throw new BackupError(`${target} is in use by another process (is the server running?); stop it, then restore`);
        // Hold the lock until the new file is in place, so nobody opens the old one meanwhile.
        current.exec('BEGIN EXCLUSIVE');
        keepAside();
        installFile(tmp, target);
        current.exec('ROLLBACK');
      } finally {
        current.close();
      }
    } else {
      installFile(tmp, target);
    }
    return { file: target, previous, ...summary };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The database being replaced, or 'damaged' when SQLite cannot read it at all. */
function openCurrent(target: string): Database.Database | 'damaged' {
  try {
    return openExisting(target, () => new Database(target, { fileMustExist: true }));
  } catch (error) {
    if (error instanceof BackupError && /not a SQLite database/.test(error.message)) return 'damaged';
    throw error;
  }
}

/** Opens the database file and checks it: `PRAGMA integrity_check`, the claimdesk tables, counts. */
export function verifyDatabaseFile(file: string, what = file): DatabaseSummary {
  const db = openExisting(file, () => new Database(file, { fileMustExist: true }));
  try {
    let problems: { integrity_check: string }[];
    try {
      problems = db.pragma('integrity_check') as { integrity_check: string }[];
    } catch (error) {
      // Damage bad enough that the check itself cannot read the file.
      if ((error as { code?: unknown }).code === 'SQLITE_CORRUPT') throw new BackupError(`${what} is corrupt: ${(error as Error).message}`);
      throw error;
    }
    if (problems.length !== 1 || problems[0].integrity_check !== 'ok') {
      throw new BackupError(`${what} fails PRAGMA integrity_check: ${problems.slice(0, 5).map((p) => p.integrity_check).join('; ')}`);
    }
    requireClaimdeskTables(db, what);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), claims: count('claims'), migrations: count('__drizzle_migrations') };
  } finally {
    db.close();
  }
}

function requireClaimdeskTables(db: Database.Database, what: string): void {
  const names = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const missing = REQUIRED_TABLES.filter((t) => !names.has(t));
  if (missing.length > 0) throw new BackupError(`${what} is not a claimdesk database (no ${missing.join(', ')} table)`);
}

/** Removes the stale WAL and shared-memory files of the old database, then renames the new file in. */
function installFile(tmp: string, target: string): void {
  // A -wal left beside the new file would be replayed into it on the next open: remove it first.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(tmp, target);
  fsyncFile(dirname(target));
}

function openExisting(file: string, open: () => Database.Database): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = open();
    // better-sqlite3 opens lazily; the first read is what tells a database from any other file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db?.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new BackupError(`${file} is not a SQLite database (${(error as Error).message})`);
    if (code === 'SQLITE_CANTOPEN') throw new BackupError(`Cannot open ${file}`);
    throw error;
  }
}

function knownMigrationCount(): number {
  const journal = JSON.parse(readFileSync(new URL('./migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
