import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, blocks, claimHistory, claims, claimSources, evidence, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import { keeperOfMergedClaim } from '@/lib/claims/correct-claims.server';
import type { FieldChange } from '@/lib/claims/history-fields';
import { extract } from '@/lib/extract';
import { chunks, storeExtraction } from './import-article.server';
import { anchorContext } from './anchors';
import { reanchorClaims } from './reanchor';
import { spanIndex } from './span-index';
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

/**
 * Replaces an article's text with a new version and keeps the work done on it. Each claim someone
 * has worked on (a status, public explanation, private notes, evidence, assignee, history, or a claim added by hand) is found
 * again in the new text (lib/articles/reanchor.ts); where the new extraction has a claim there, that
 * claim keeps the old id, review, history and evidence. Worked-on claims not found become orphans;
 * untouched claims are replaced by the new extraction. One IMMEDIATE transaction; the revision bumps;
 * history records every move. `input.revision`, when given, must be the current one (409 otherwise).
 *
 * Versions: a carried claim keeps its version counter. Where the re-import changed it (new span,
 * new words, orphaned or back from being one) the version bumps once and history records why, as
 * for any change; so a review form opened on the old text is refused rather than applied to new
 * words. A claim the new text leaves exactly where it was keeps its version and gets no history.
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
          // Written out with aliases: in a select list drizzle renders columns unqualified, so
          // `${evidence.claimId} = ${claims.id}` became `"claim_id" = "id"` and compared the
          // subquery's own id, calling claims with history "untouched" (and deleting them failed).
          hasEvidence: sql<number>`exists (select 1 from evidence e where e.claim_id = "claims"."id")`,
          hasHistory: sql<number>`exists (select 1 from claim_history h where h.claim_id = "claims"."id")`,
          hasPrivateNotes: sql<number>`exists (select 1 from claim_notes n where n.claim_id = "claims"."id")`,
        })
        .from(claims)
        .where(eq(claims.articleId, articleId))
        .orderBy(claims.position)
        .all();
      // History counts too: the audit trail cannot be deleted, so neither can a claim that has one.
      const worked = old.filter(
        (c) => c.status !== 'unreviewed' || c.note !== '' || c.assigneeId !== null || c.origin === 'manual' || c.dismissed || c.orphaned || c.hasEvidence || c.hasHistory || c.hasPrivateNotes,
      );
      const workedIds = new Set(worked.map((c) => c.id));
      const untouched = old.filter((c) => !workedIds.has(c.id));

      const found = reanchorClaims(
        // Claims imported before anchors were stored get them from the old text (orphans keep what they had).
        worked.map((c) => ({ ...c, ...(c.anchorPrefix || c.anchorSuffix || c.orphaned ? {} : anchorContext(article.body, c.start, c.end)) })),
        article.body.length,
        input.text,
        extraction.claims,
      );

      // Where each worked-on claim lands: continuing as a new extracted claim, kept at a span of
      // its own (a claim added by hand, or one the extractor no longer cuts out), or orphaned.
      const continuing = new Map<number, number>();
      const spans = new Map<number, { start: number; end: number }>();
      found.forEach((f, i) => {
        if (!f) return;
        if (f.claim !== null) continuing.set(f.claim, worked[i].id);
        spans.set(i, { start: f.start, end: f.end });
      });
      // A claim a merge dismissed into its neighbour comes back when the new text leaves that
      // neighbour without it (orphaned, or found without these words): its text must stay in a claim.
      const indexById = new Map(worked.map((c, i) => [c.id, i]));
      const unmerged = new Map<number, number>();
      worked.forEach((c, i) => {
        const span = spans.get(i);
        const keeperId = c.dismissed && span ? keeperOfMergedClaim(tx, c.id) : null;
        if (keeperId === null || !span) return;
        const keeperSpan = spans.get(indexById.get(keeperId) ?? -1);
        if (!keeperSpan || keeperSpan.start > span.start || keeperSpan.end < span.end) unmerged.set(i, keeperId);
      });
      const dismissed = (i: number) => worked[i].dismissed && !unmerged.has(i);
      // Claims of an article never overlap: a kept claim overlapping one that continues is orphaned
      // rather than doubled, and new extracted claims give way to the reviewed ones. (Indexed
      // overlap tests: with every pair tested, a re-import of ~14,000 claims was quadratic.)
      const overlapsContinuing = spanIndex([...spans].filter(([i]) => found[i]!.claim !== null && !dismissed(i)).map(([, span]) => span));
      for (const [i, span] of spans) {
        if (found[i]!.claim !== null || dismissed(i)) continue;
        if (overlapsContinuing(span)) {
          spans.delete(i);
          found[i] = null;
        }
      }
      const overlapsLive = spanIndex([...spans].filter(([i]) => !dismissed(i)).map(([, span]) => span));
      const skip = new Set(extraction.claims.map((c, index) => index).filter((index) => !continuing.has(index) && overlapsLive(extraction.claims[index])));

      // Out with the old text's furniture: links and sources (their offsets are stale), blocks, untouched claims.
      for (const ids of chunks(old.map((c) => c.id), 500)) tx.delete(claimSources).where(inArray(claimSources.claimId, ids)).run();
      tx.delete(sources).where(eq(sources.articleId, articleId)).run();
      tx.delete(blocks).where(eq(blocks.articleId, articleId)).run();
      // Duplicate links point into the old extraction (perhaps at an untouched claim about to go); the new one sets them again.
      tx.update(claims).set({ duplicateOfId: null }).where(eq(claims.articleId, articleId)).run();
      for (const ids of chunks(untouched.map((c) => c.id), 500)) tx.delete(claims).where(inArray(claims.id, ids)).run();

      // Positions are stable link targets (the reader's #claim-N): kept claims keep theirs, new ones
      // take numbers never used in this article before.
      const firstPosition = old.reduce((top, c) => Math.max(top, c.position), 0) + 1;
      storeExtraction(tx, articleId, input.text, extraction, now, { continuing, skip, firstPosition });

      // Each worked-on claim that changed gets a new version and its history, like any other change.
      const history: (typeof claimHistory.$inferInsert)[] = [];
      let orphaned = 0;
      worked.forEach((c, i) => {
        const f = found[i];
        const changes: FieldChange[] = [];
        if (!f) {
          orphaned++;
          if (!c.orphaned) changes.push({ field: 'orphaned', before: false, after: true });
        } else {
          const text = input.text.slice(f.start, f.end);
          if (f.start !== c.start || f.end !== c.end || c.orphaned) {
            changes.push({ field: 'span', before: { start: c.start, end: c.end, revision: article.revision }, after: { start: f.start, end: f.end, revision, match: f.match, similarity: round(f.similarity) } });
          }
          if (text !== c.text) changes.push({ field: 'text', before: c.text, after: text });
          if (c.orphaned) changes.push({ field: 'orphaned', before: true, after: false });
          const keeperId = unmerged.get(i);
          if (keeperId !== undefined && found[i]) {
            changes.push({ field: 'dismissed', before: true, after: false }, { field: 'merged_into', before: keeperId, after: null });
          }
          if (f.claim === null) {
            tx.update(claims)
              .set({ start: f.start, end: f.end, text, ...anchorContext(input.text, f.start, f.end), orphaned: false })
              .where(eq(claims.id, c.id))
              .run();
          }
        }
        if (changes.length === 0) return;
        const version = c.version + 1;
        tx.update(claims)
          .set({ version, ...(f ? {} : { orphaned: true }), ...(unmerged.has(i) && f ? { dismissed: false } : {}) })
          .where(eq(claims.id, c.id))
          .run();
        history.push(...changes.map((ch) => ({ claimId: c.id, userId: user.id, at: now, ...ch, version })));
      });
      for (const rows of chunks(history, 200)) tx.insert(claimHistory).values(rows).run();

      tx.update(articles).set({ body: input.text, revision, updatedAt: now }).where(and(eq(articles.id, articleId), eq(articles.revision, article.revision))).run();

      return {
        id: articleId,
        revision,
        carried: worked.length - orphaned,
        orphaned,
        added: extraction.claims.length - continuing.size - skip.size,
        removed: untouched.length,
      };
    },
    { behavior: 'immediate' },
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;
