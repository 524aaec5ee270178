import 'server-only';
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { articles, claimHistory, claims, claimSources, type Claim } from '@/db/schema';
import { anchorContext, trimSpan } from '@/lib/articles/anchors';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import { checkworthiness } from '@/lib/extract/checkworthiness';
import { parseFieldChange } from './history-fields';
import { claimState, mutateClaim, recordChangeOfAnother, recordHistory, type ClaimState, type FieldChange } from './mutate-claim.server';

// Corrections a fact-checker makes to the machine's claims: adjust a span, add a missed claim,
// split one in two, merge two neighbours, dismiss a false one. Claims of an article never overlap.

export function articleBody(tx: Tx, articleId: number): string {
  const row = tx.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId)).get();
  if (!row) throw notFound(`Article ${articleId}`);
  return row.body;
}

/** A trimmed, non-empty span inside the body that overlaps no other live claim of the article. */
export function checkedSpan(tx: Tx, articleId: number, body: string, start: number, end: number, ignore: number[] = []): { start: number; end: number } {
  if (start < 0 || end > body.length || end <= start) {
    throw new AppError('invalid', `The span ${start}–${end} is outside the article`, { fieldErrors: { start: ['Outside the article'] } });
  }
  const span = trimSpan(body, start, end);
  if (span.end <= span.start) throw new AppError('invalid', 'The selection is only white space', { fieldErrors: { start: ['Empty selection'] } });
  const others = tx
    .select({ id: claims.id, start: claims.start, end: claims.end, position: claims.position })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.dismissed, false), eq(claims.orphaned, false)))
    .all();
  const clash = others.find((c) => !ignore.includes(c.id) && c.start < span.end && span.start < c.end);
  if (clash) throw new AppError('conflict', `The selection overlaps claim ${clash.position}`, { overlaps: clash.id });
  return span;
}

export function spanFields(body: string, span: { start: number; end: number }) {
  return { start: span.start, end: span.end, text: body.slice(span.start, span.end), ...anchorContext(body, span.start, span.end) };
}

export function setClaimSpan(actor: Actor | null, claimId: number, input: { start: number; end: number; version: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, claim) => {
    const body = articleBody(tx, claim.articleId);
    const span = checkedSpan(tx, claim.articleId, body, input.start, input.end, [claim.id]);
    if (span.start === claim.start && span.end === claim.end) return [];
    tx.update(claims).set(spanFields(body, span)).where(eq(claims.id, claim.id)).run();
    return [{ field: 'span', before: { start: claim.start, end: claim.end }, after: span }];
  });
}

/** A claim the extractor missed, from text the fact-checker selected. It starts unattributed. */
export function addManualClaim(actor: Actor | null, articleId: number, input: { start: number; end: number }): ClaimState {
  const user = requireRole(actor, 'factchecker');
  return getDb().transaction(
    (tx) => {
      const body = articleBody(tx, articleId);
      const span = checkedSpan(tx, articleId, body, input.start, input.end);
      const fields = spanFields(body, span);
      const created = tx
        .insert(claims)
        .values({
          articleId,
          position: nextPosition(tx, articleId),
          ...fields,
          checkworthiness: checkworthiness({ text: fields.text, attributed: false, quoted: false }).score,
          origin: 'manual',
          explanation: `Added by ${user.name} from a selection.`,
        })
        .returning()
        .get();
      recordHistory(tx, created.id, user.id, created.version, [{ field: 'created', before: null, after: span }]);
      return claimState(created);
    },
    { behavior: 'immediate' },
  );
}

/** Cuts a claim at `at`: the first part keeps the claim and its review; the second becomes a new, unreviewed claim with the same sources. */
export function splitClaim(actor: Actor | null, claimId: number, input: { at: number; version: number }): { first: ClaimState; second: ClaimState } {
  let second: ClaimState | undefined;
  const first = mutateClaim(actor, claimId, input.version, (tx, claim, user) => {
    if (claim.dismissed || claim.orphaned) throw new AppError('invalid', 'Restore the claim before splitting it');
    const body = articleBody(tx, claim.articleId);
    const head = trimSpan(body, claim.start, input.at);
    const tail = trimSpan(body, input.at, claim.end);
    if (input.at <= claim.start || input.at >= claim.end || head.end <= head.start || tail.end <= tail.start) {
      throw new AppError('invalid', 'Split inside the claim, with text on both sides', { fieldErrors: { at: ['Not inside the claim'] } });
    }
    tx.update(claims).set(spanFields(body, head)).where(eq(claims.id, claim.id)).run();
    const created = tx
      .insert(claims)
      .values({
        articleId: claim.articleId,
        position: nextPosition(tx, claim.articleId),
        ...spanFields(body, tail),
        checkworthiness: claim.checkworthiness,
        vagueAttribution: claim.vagueAttribution,
        origin: 'manual',
        explanation: `Split from claim ${claim.position} by ${user.name}.`,
      })
      .returning()
      .get();
    const links = tx.select().from(claimSources).where(eq(claimSources.claimId, claim.id)).all();
    if (links.length) tx.insert(claimSources).values(links.map(({ id: _id, ...link }) => ({ ...link, claimId: created.id }))).run();
    recordHistory(tx, created.id, user.id, created.version, [{ field: 'created', before: null, after: { splitFrom: claim.id, start: tail.start, end: tail.end } }]);
    second = claimState(created);
    return [
      { field: 'span', before: { start: claim.start, end: claim.end }, after: head },
      { field: 'split', before: null, after: { newClaimId: created.id, newVersion: created.version } },
    ];
  });
  return { first, second: second! };
}

/** Joins a claim with the next live claim of the article: the first grows over both, the second is dismissed into it. */
export function mergeClaims(actor: Actor | null, claimId: number, input: { nextClaimId: number; version: number; nextVersion: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, claim, user) => {
    const next = tx.select().from(claims).where(eq(claims.id, input.nextClaimId)).get();
    if (!next || next.articleId !== claim.articleId) throw notFound(`Claim ${input.nextClaimId} in this article`);
    if (next.version !== input.nextVersion) {
      throw new AppError('conflict', 'Someone else changed the next claim since you loaded it', { current: claimState(next) });
    }
    const joined = joinClaims(tx, claim, next);
    recordChangeOfAnother(tx, next.id, user.id, joined.other);
    return joined.keep;
  });
}

/** The changes to the two claims of a join or a part, for the caller to record (one of them through mutateClaim). */
export interface PairChange {
  keep: FieldChange[];
  other: FieldChange[];
}

/**
 * Grows `keep` over `next`, the live claim right after it, and dismisses `next` into it: the one
 * way two claims become one (a merge, or undoing a split). `next`'s sources are added to `keep`.
 */
export function joinClaims(tx: Tx, keep: Claim, next: Claim): PairChange {
  if (keep.dismissed || keep.orphaned || next.dismissed || next.orphaned) throw new AppError('invalid', 'Only claims that are not dismissed can be merged');
  const following = liveClaims(tx, keep.articleId).find((c) => c.start >= keep.end && c.id !== keep.id);
  if (!following || following.id !== next.id) throw new AppError('invalid', 'Only a claim and the one right after it can be merged');

  const body = articleBody(tx, keep.articleId);
  const span = { start: keep.start, end: next.end };
  tx.update(claims).set(spanFields(body, span)).where(eq(claims.id, keep.id)).run();
  const linked = new Set(tx.select({ sourceId: claimSources.sourceId }).from(claimSources).where(eq(claimSources.claimId, keep.id)).all().map((l) => l.sourceId));
  const addedSourceIds: number[] = [];
  for (const link of tx.select().from(claimSources).where(eq(claimSources.claimId, next.id)).all()) {
    if (linked.has(link.sourceId)) continue;
    tx.insert(claimSources).values({ ...link, id: undefined, claimId: keep.id }).run();
    addedSourceIds.push(link.sourceId);
  }
  tx.update(claims).set({ dismissed: true }).where(eq(claims.id, next.id)).run();
  return {
    keep: [
      { field: 'span', before: { start: keep.start, end: keep.end }, after: span },
      { field: 'merge', before: null, after: { mergedClaimId: next.id, mergedVersion: next.version + 1, addedSourceIds } },
    ],
    other: [
      { field: 'dismissed', before: false, after: true },
      { field: 'merged_into', before: null, after: keep.id },
    ],
  };
}

/**
 * Takes `part` back out of `keep`, which a merge grew over it: `keep` returns to `keepSpan`, `part`
 * is restored, and the sources the merge copied from `part` leave `keep`.
 */
export function partClaims(tx: Tx, keep: Claim, part: Claim, keepSpan: { start: number; end: number }, copiedSourceIds: number[]): PairChange {
  if (keep.dismissed || keep.orphaned || part.orphaned || !part.dismissed) throw new AppError('invalid', 'The merged claims have changed since; split the claim instead');
  if (part.start < keepSpan.end || part.start < keep.start || part.end > keep.end) throw new AppError('invalid', 'The merged claim has changed since; split it instead');
  const body = articleBody(tx, keep.articleId);
  tx.update(claims).set(spanFields(body, keepSpan)).where(eq(claims.id, keep.id)).run();
  checkedSpan(tx, keep.articleId, body, part.start, part.end, [part.id]);
  for (const sourceId of copiedSourceIds) tx.delete(claimSources).where(and(eq(claimSources.claimId, keep.id), eq(claimSources.sourceId, sourceId))).run();
  tx.update(claims).set({ dismissed: false }).where(eq(claims.id, part.id)).run();
  return {
    keep: [
      { field: 'span', before: { start: keep.start, end: keep.end }, after: keepSpan },
      { field: 'split', before: null, after: { newClaimId: part.id, newVersion: part.version + 1 } },
    ],
    other: [
      { field: 'dismissed', before: true, after: false },
      { field: 'merged_into', before: keep.id, after: null },
    ],
  };
}

/** Dismisses a claim the extractor got wrong (or restores it). Dismissed claims leave reports and the reader page. */
export function setClaimDismissed(actor: Actor | null, claimId: number, input: { dismissed: boolean; version: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, claim) => {
    if (claim.dismissed === input.dismissed) return [];
    if (!input.dismissed) checkedSpan(tx, claim.articleId, articleBody(tx, claim.articleId), claim.start, claim.end, [claim.id]);
    tx.update(claims).set({ dismissed: input.dismissed }).where(eq(claims.id, claim.id)).run();
    return [{ field: 'dismissed', before: claim.dismissed, after: input.dismissed }];
  });
}

/** The claim a merge dismissed this one into, when its latest dismissal was a merge (not a person's), or null. */
export function keeperOfMergedClaim(tx: Tx, claimId: number): number | null {
  const rows = tx.select().from(claimHistory).where(and(eq(claimHistory.claimId, claimId), inArray(claimHistory.field, ['dismissed', 'merged_into']))).orderBy(desc(claimHistory.id)).all();
  const dismissal = rows.find((r) => r.field === 'dismissed' && r.after === true);
  if (!dismissal) return null;
  const merge = rows.find((r) => r.field === 'merged_into' && r.version === dismissal.version);
  if (!merge) return null;
  const change = parseFieldChange(merge);
  return change.field === 'merged_into' ? change.after : null;
}

function liveClaims(tx: Tx, articleId: number): Pick<Claim, 'id' | 'start' | 'end'>[] {
  return tx
    .select({ id: claims.id, start: claims.start, end: claims.end })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.dismissed, false), eq(claims.orphaned, false)))
    .orderBy(asc(claims.start))
    .all();
}

/** Positions are stable numbers (the reader's `#claim-<n>` links), so a new claim takes the next free one. */
function nextPosition(tx: Tx, articleId: number): number {
  const row = tx.select({ top: max(claims.position) }).from(claims).where(eq(claims.articleId, articleId)).get();
  return (row?.top ?? 0) + 1;
}

