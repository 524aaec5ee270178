import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, blocks, claimHistory, claims, claimSources, evidence, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import { extract } from '@/lib/extract';
import { storeExtraction } from './import-article';
import { anchorContext, reanchorClaims } from './reanchor';
import type { ValidRevisionInput } from './submission';

export interface ReimportResult {
  id: number;
  revision: number;
  /** Reviewed claims found again in the new text, reviews kept. */
  carried: number;
  /** Reviewed claims not found again: kept with their reviews, listed as orphans. */
  orphaned: number;
  /** Claims of the new extraction that start unreviewed. */
  added: number;
  /** Unreviewed claims of the old text, replaced by the new extraction. */
  removed: number;
}

// SQLite limits bound parameters per statement.
const CHUNK = 500;
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Replaces an article's text with a new version and keeps the work done on it. Each claim someone
 * has worked on (a status, note, evidence, assignee, history, or a claim added by hand) is found
 * again in the new text (lib/articles/reanchor.ts); where the new extraction has a claim there, that
 * claim keeps the old id, review, history and evidence. Worked-on claims not found become orphans;
 * untouched claims are replaced by the new extraction. One IMMEDIATE transaction; the revision bumps;
 * history records every move. `input.revision`, when given, must be the current one (409 otherwise).
 *
 * Versions: a claim whose words changed (fuzzy match) or that became an orphan gets a new version,
 * so a review form opened on the old wording is refused rather than applied to new words; a claim
 * that only moved keeps its version.
 */
export function reimportArticle(actor: Actor | null, articleId: number, input: ValidRevisionInput): ReimportResult {
  const user = requireRole(actor, 'factchecker');
  // Extraction is pure CPU work: done before the write lock is taken.
  const extraction = extract(input.text);
  const db = getDb();
  const now = new Date();

  return db.transaction(
    (tx) => {
      const article = tx.select({ id: articles.id, body: articles.body, revision: articles.revision }).from(articles).where(eq(articles.id, articleId)).get();
      if (!article) throw notFound(`Article ${articleId}`);
      if (input.revision !== undefined && input.revision !== article.revision) {
        throw new AppError('conflict', 'Someone imported a newer version of this article since you loaded it', { current: { revision: article.revision } });
      }
      const revision = article.revision + 1;

      const old = tx
        .select({
          id: claims.id,
          position: claims.position,
          start: claims.start,
          end: claims.end,
          text: claims.text,
          status: claims.status,
          note: claims.note,
          version: claims.version,
          assigneeId: claims.assigneeId,
          origin: claims.origin,
          dismissed: claims.dismissed,
          orphaned: claims.orphaned,
          anchorPrefix: claims.anchorPrefix,
          anchorSuffix: claims.anchorSuffix,
          hasEvidence: sql<number>`exists (select 1 from ${evidence} where ${evidence.claimId} = ${claims.id})`,
          hasHistory: sql<number>`exists (select 1 from ${claimHistory} where ${claimHistory.claimId} = ${claims.id})`,
        })
        .from(claims)
        .where(eq(claims.articleId, articleId))
        .orderBy(claims.position)
        .all();
      // History counts too: the audit trail cannot be deleted, so neither can a claim that has one.
      const worked = old.filter(
        (c) => c.status !== 'unreviewed' || c.note !== '' || c.assigneeId !== null || c.origin === 'manual' || c.dismissed || c.orphaned || c.hasEvidence || c.hasHistory,
      );
      const workedIds = new Set(worked.map((c) => c.id));
      const untouched = old.filter((c) => !workedIds.has(c.id));

      const found = reanchorClaims(
        worked.map((c) => {
          // Claims imported before anchors were stored get them from the old text (orphans keep what they had).
          const context = c.orphaned ? { prefix: '', suffix: '' } : anchorContext(article.body, c.start, c.end);
          return { start: c.start, end: c.end, text: c.text, prefix: c.anchorPrefix || context.prefix, suffix: c.anchorSuffix || context.suffix };
        }),
        article.body.length,
        input.text,
        extraction.claims,
      );

      // Every live claim, extracted or kept in place, ordered by where it starts; orphans go last.
      const continuing = new Map<number, number>();
      const live: { start: number; extracted?: number; kept?: number }[] = extraction.claims.map((c, i) => ({ start: c.start, extracted: i }));
      found.forEach((f, i) => {
        if (f?.claim != null) continuing.set(f.claim, worked[i].id);
        else if (f) live.push({ start: f.start, kept: i });
      });
      live.sort((a, b) => a.start - b.start);
      const positions: number[] = [];
      const keptPosition = new Map<number, number>();
      live.forEach((item, i) => (item.extracted !== undefined ? (positions[item.extracted] = i + 1) : keptPosition.set(item.kept!, i + 1)));

      // Out with the old text's furniture: links and sources (their offsets are stale), blocks, untouched claims.
      for (const ids of chunks(old.map((c) => c.id))) tx.delete(claimSources).where(inArray(claimSources.claimId, ids)).run();
      tx.delete(sources).where(eq(sources.articleId, articleId)).run();
      tx.delete(blocks).where(eq(blocks.articleId, articleId)).run();
      for (const ids of chunks(untouched.map((c) => c.id))) tx.delete(claims).where(inArray(claims.id, ids)).run();
      // Free the positions (unique per article) before handing them out again.
      tx.update(claims).set({ position: sql`-${claims.id}`, duplicateOfId: null }).where(eq(claims.articleId, articleId)).run();

      storeExtraction(tx, articleId, input.text, extraction, now, { continuing, positions });

      const history: (typeof claimHistory.$inferInsert)[] = [];
      let orphanPosition = live.length;
      let orphaned = 0;
      worked.forEach((c, i) => {
        const f = found[i];
        const record = (field: string, before: unknown, after: unknown, version: number) =>
          history.push({ claimId: c.id, userId: user.id, at: now, field, before, after, version });
        if (!f) {
          orphaned++;
          const version = c.orphaned ? c.version : c.version + 1;
          tx.update(claims).set({ orphaned: true, position: ++orphanPosition, version }).where(eq(claims.id, c.id)).run();
          if (!c.orphaned) record('orphaned', { revision: article.revision }, { revision, orphaned: true }, version);
          return;
        }
        const text = input.text.slice(f.start, f.end);
        const version = text !== c.text || c.orphaned ? c.version + 1 : c.version;
        if (f.claim === null) {
          const { prefix, suffix } = anchorContext(input.text, f.start, f.end);
          tx.update(claims)
            .set({ start: f.start, end: f.end, text, anchorPrefix: prefix, anchorSuffix: suffix, orphaned: false, position: keptPosition.get(i)!, version })
            .where(eq(claims.id, c.id))
            .run();
        } else if (version !== c.version) {
          tx.update(claims).set({ version }).where(eq(claims.id, c.id)).run();
        }
        record('span', { start: c.start, end: c.end, revision: article.revision }, { start: f.start, end: f.end, revision, match: f.match, similarity: round(f.similarity) }, version);
        if (text !== c.text) record('text', c.text, text, version);
        if (c.orphaned) record('orphaned', { orphaned: true }, { revision, orphaned: false }, version);
      });
      for (const rows of chunks(history)) tx.insert(claimHistory).values(rows).run();

      tx.update(articles).set({ body: input.text, revision, updatedAt: now }).where(and(eq(articles.id, articleId), eq(articles.revision, article.revision))).run();

      return {
        id: articleId,
        revision,
        carried: worked.length - orphaned,
        orphaned,
        added: extraction.claims.length - continuing.size,
        removed: untouched.length,
      };
    },
    { behavior: 'immediate' },
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;
