// Checks of a database file after a crash, a backup or a load test: is it sound, is every
// article whole, is every acknowledged write there. Each returns a list of problems ([] = fine).
import Database from 'better-sqlite3';
import { extract } from '../extract';
import type { ImportAck, ReviewAck, SentWrite } from './write-driver';

export function withDatabase<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` and `PRAGMA foreign_key_check`. */
export function integrityProblems(db: Database.Database): string[] {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const problems = integrity.length === 1 && integrity[0] === 'ok' ? [] : integrity.map((p) => `integrity_check: ${p}`);
  for (const fk of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    problems.push(`foreign key: ${fk.table} row ${fk.rowid} points to a missing ${fk.parent}`);
  }
  return problems;
}

/** Every stored article has exactly the blocks, sources, claims and links the extractor makes of its text. */
export function partialArticles(db: Database.Database): string[] {
  const problems: string[] = [];
  const count = db.prepare(`
    SELECT (SELECT count(*) FROM blocks WHERE article_id = @id) AS blocks,
           (SELECT count(*) FROM sources WHERE article_id = @id) AS sources,
           (SELECT count(*) FROM claims WHERE article_id = @id) AS claims,
           (SELECT count(*) FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id WHERE c.article_id = @id) AS links`);
  for (const article of db.prepare('SELECT id, title, body, revision FROM articles').all() as { id: number; title: string; body: string; revision: number }[]) {
    // Only first revisions: a re-import keeps orphaned claims, so its counts differ by design.
    if (article.revision !== 1) continue;
    const extraction = extract(article.body);
    const expected = {
      blocks: extraction.blocks.length,
      sources: extraction.sources.length,
      claims: extraction.claims.length,
      links: extraction.claims.reduce((n, c) => n + c.attributions.length, 0),
    };
    const actual = count.get({ id: article.id }) as typeof expected;
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`article ${article.id} "${article.title}" is partial: has ${JSON.stringify(actual)}, its text gives ${JSON.stringify(expected)}`);
    }
  }
  return problems;
}

/** Each claim's version is that of its newest history entry: the change and its history committed together. */
export function versionHistoryMismatches(db: Database.Database): string[] {
  const rows = db
    .prepare(`SELECT c.id, c.version, (SELECT max(h.version) FROM claim_history h WHERE h.claim_id = c.id) AS latest FROM claims c`)
    .all() as { id: number; version: number; latest: number | null }[];
  return rows.filter((r) => r.version !== (r.latest ?? 1)).map((r) => `claim ${r.id} is at version ${r.version} but its history ends at ${r.latest}`);
}

/** Acknowledged imports and status changes that the database does not hold. */
export function missingAcknowledged(db: Database.Database, imports: ImportAck[], reviews: ReviewAck[]): string[] {
  const problems: string[] = [];
  const article = db.prepare('SELECT id, slug FROM articles WHERE title = ?');
  const claimIds = db.prepare('SELECT id FROM claims WHERE article_id = ? ORDER BY position').pluck();
  for (const ack of imports) {
    const row = article.get(ack.title) as { id: number; slug: string } | undefined;
    if (!row) problems.push(`acknowledged import "${ack.title}" (article ${ack.id}) is missing`);
    else if (row.id !== ack.id || row.slug !== ack.slug) problems.push(`acknowledged import "${ack.title}" is article ${row.id} ${row.slug}, not ${ack.id} ${ack.slug}`);
    else if (JSON.stringify(claimIds.all(ack.id)) !== JSON.stringify(ack.claimIds)) problems.push(`article ${ack.id} does not have the claims acknowledged at import`);
  }
  const history = db.prepare(`SELECT field, "after" FROM claim_history WHERE claim_id = ? AND version = ?`);
  const claim = db.prepare('SELECT version FROM claims WHERE id = ?').pluck();
  for (const ack of reviews) {
    const entries = history.all(ack.claimId, ack.version) as { field: string; after: string }[];
    const note = entries.find((e) => e.field === 'note');
    const status = entries.find((e) => e.field === 'status');
    if (!note || JSON.parse(note.after) !== ack.note || !status || JSON.parse(status.after) !== ack.status) {
      problems.push(`acknowledged change of claim ${ack.claimId} to version ${ack.version} (${ack.status}, ${ack.note}) is missing from its history`);
    } else if (((claim.get(ack.claimId) as number | undefined) ?? 0) < ack.version) {
      problems.push(`claim ${ack.claimId} is back at an older version than the acknowledged ${ack.version}`);
    }
  }
  return problems;
}

/** Writes of `sent` that the database holds: for a backup, those sent after it finished must not be in it. */
export function presentWrites(db: Database.Database, sent: SentWrite[]): SentWrite[] {
  const article = db.prepare('SELECT 1 FROM articles WHERE title = ?');
  const note = db.prepare(`SELECT 1 FROM claim_history WHERE field = 'note' AND "after" = ?`);
  return sent.filter((w) => (w.kind === 'import' ? article.get(w.key) : note.get(JSON.stringify(w.key))) !== undefined);
}
