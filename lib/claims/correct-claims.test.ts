import { beforeEach, describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { linkClaimSource, mergeArticleSources, unlinkClaimSource, editArticleSource } from './claim-sources.server';
import { addManualClaim, mergeClaims, setClaimDismissed, setClaimSpan, splitClaim } from './correct-claims.server';
import { addEvidence, removeEvidence } from './evidence.server';
import { getClaimHistory } from './get-claim-history.server';
import { setClaimAssignee } from './set-claim-assignee.server';
import { setClaimReview } from './set-claim-review.server';
import { undoLastChange } from './undo-last-change.server';

let checker: Actor;
let other: Actor;
let articleId: number;
const claimWith = (words: string) => getArticle(checker, articleId).claims.find((c) => c.text.includes(words))!;

beforeEach(async () => {
  testDb();
  checker ??= await createTestUser('factchecker');
  other ??= await createTestUser('editor');
  articleId = importArticle(checker, ArticleInputSchema.parse({ title: 'Rates', text: SAMPLE_ARTICLE })).id;
});

describe('correcting the machine', () => {
  it('adjusts a span, trimming white space, and refuses overlaps', () => {
    const claim = claimWith('raised household rates');
    const saved = setClaimSpan(checker, claim.id, { start: claim.start + 4, end: claim.end, version: claim.version });
    expect(saved.text).toBe(claim.text.slice(4));
    const next = claimWith('new pipes');
    expect(() => setClaimSpan(checker, claim.id, { start: claim.start, end: next.start + 3, version: saved.version })).toThrow(/overlaps claim/);
    expect(getClaimHistory(checker, claim.id)[0]).toMatchObject({ field: 'span', before: { start: claim.start, end: claim.end } });
  });

  it('splits a claim in two, the second keeping the sources, and merges them back', () => {
    const claim = claimWith('new pipes');
    const at = claim.text.indexOf(' said') + claim.start;
    const { first, second } = splitClaim(checker, claim.id, { at, version: claim.version });
    expect(first.text + ' ' + second.text).toBe(claim.text);
    const article = getArticle(checker, articleId);
    expect(article.claims.find((c) => c.id === second.id)?.sources.map((s) => s.name)).toEqual(claim.sources.map((s) => s.name));
    expect(() => splitClaim(checker, claim.id, { at: claim.start, version: first.version })).toThrow(/inside the claim/);

    const merged = mergeClaims(checker, first.id, { nextClaimId: second.id, version: first.version, nextVersion: second.version });
    expect(merged.text).toBe(claim.text);
    const after = getArticle(checker, articleId).claims;
    expect(after.find((c) => c.id === second.id)?.dismissed).toBe(true);
  });

  it('refuses to merge claims that are not neighbours', () => {
    const a = claimWith('raised household rates');
    const c = claimWith('delayed the increase');
    expect(() => mergeClaims(checker, a.id, { nextClaimId: c.id, version: a.version, nextVersion: c.version })).toThrow(/right after/);
  });

  it('adds a claim the extractor missed from a selection, and dismisses a false one', () => {
    const body = getArticle(checker, articleId).body;
    const headline = body.indexOf('Water Rates Rise');
    const added = addManualClaim(checker, articleId, { start: headline, end: headline + 'Water Rates Rise in Eastport'.length + 1 });
    expect(added.text).toBe('Water Rates Rise in Eastport');
    expect(() => addManualClaim(checker, articleId, { start: headline, end: headline + 5 })).toThrow(/overlaps/);
    expect(() => addManualClaim(checker, articleId, { start: 0, end: body.length + 10 })).toThrow(/outside/);

    const dismissed = setClaimDismissed(checker, added.id, { dismissed: true, version: added.version });
    expect(dismissed.dismissed).toBe(true);
  });

  it('relinks sources: adds a new one with a via, removes one, corrects a type, merges two', () => {
    const claim = claimWith('raised household rates');
    const linked = linkClaimSource(checker, claim.id, {
      source: { name: 'Eastport Water Board', type: 'organization' },
      via: { name: 'Eastport Gazette', type: 'media' },
      cue: 'announced',
      version: claim.version,
    });
    let view = claimWith('raised household rates');
    expect(view.sources).toEqual([expect.objectContaining({ name: 'Eastport Water Board', type: 'organization', via: { name: 'Eastport Gazette', type: 'media' }, cue: 'announced', rule: 'manual' })]);
    const boardId = view.sources[0].sourceId;

    editArticleSource(checker, boardId, { type: 'document' });
    expect(claimWith('raised household rates').sources[0].type).toBe('document');

    const park = claimWith('new pipes').sources[0];
    mergeArticleSources(checker, { keepId: park.sourceId, mergeId: boardId });
    view = claimWith('raised household rates');
    expect(view.sources.map((s) => s.sourceId)).toEqual([park.sourceId]);

    const unlinked = unlinkClaimSource(checker, claim.id, { sourceId: park.sourceId, version: linked.version });
    expect(claimWith('raised household rates').sources).toEqual([]);
    expect(unlinked.version).toBe(linked.version + 1);
  });

  it('keeps evidence and assignee with history', () => {
    const claim = claimWith('lost $3 million');
    const withEvidence = addEvidence(checker, claim.id, { url: 'https://example.org/audit.pdf', title: 'Annual audit 2025', stance: 'supports', version: claim.version });
    const assigned = setClaimAssignee(checker, claim.id, { assigneeId: other.id, version: withEvidence.version });
    expect(assigned.assigneeId).toBe(other.id);
    expect(() => setClaimAssignee(checker, claim.id, { assigneeId: 999_999, version: assigned.version })).toThrow(/No active user/);
    const fields = getClaimHistory(checker, claim.id).map((h) => h.field);
    expect(fields).toEqual(['assignee', 'evidence']);
    const evidenceId = (getClaimHistory(checker, claim.id)[1].after as { id: number }).id;
    const removed = removeEvidence(checker, claim.id, { evidenceId, version: assigned.version });
    expect(removed.version).toBe(assigned.version + 1);
  });
});

describe('undo', () => {
  it('reverts the author’s last change, and undoing the undo redoes it', () => {
    const claim = claimWith('delayed the increase');
    const reviewed = setClaimReview(checker, claim.id, { status: 'false', note: 'Minutes show no delay.', version: claim.version });
    const undone = undoLastChange(checker, claim.id, { version: reviewed.version });
    expect(undone).toMatchObject({ status: 'unreviewed', note: '', version: reviewed.version + 1 });
    const redone = undoLastChange(checker, claim.id, { version: undone.version });
    expect(redone).toMatchObject({ status: 'false', note: 'Minutes show no delay.' });
  });

  it('is refused to anyone but the author, and on a stale version', () => {
    const claim = claimWith('delayed the increase');
    const reviewed = setClaimReview(checker, claim.id, { status: 'true', version: claim.version });
    expect(() => undoLastChange(other, claim.id, { version: reviewed.version })).toThrow(/Only the person/);
    expect(() => undoLastChange(checker, claim.id, { version: claim.version })).toThrow(/Someone else changed/);
  });

  it('undoes span edits, evidence and source links', () => {
    const claim = claimWith('raised household rates');
    const moved = setClaimSpan(checker, claim.id, { start: claim.start + 4, end: claim.end, version: claim.version });
    expect(undoLastChange(checker, claim.id, { version: moved.version }).text).toBe(claim.text);

    const current = claimWith('raised household rates');
    const linked = linkClaimSource(checker, claim.id, { source: { name: 'A board member', type: 'anonymous' }, version: current.version });
    undoLastChange(checker, claim.id, { version: linked.version });
    expect(claimWith('raised household rates').sources).toEqual([]);

    const v = claimWith('raised household rates').version;
    const added = addEvidence(checker, claim.id, { url: 'https://example.org/x', title: 'X', stance: 'refutes', version: v });
    undoLastChange(checker, claim.id, { version: added.version });
    expect(testDb().$client.prepare('select count(*) n from evidence where claim_id = ?').get(claim.id)).toEqual({ n: 0 });
  });

  const liveText = () =>
    getArticle(checker, articleId)
      .claims.filter((c) => !c.dismissed && !c.orphaned)
      .map((c) => c.text);

  it('undoes a split from the second half (where the workspace lands): the halves are one claim again', () => {
    const claim = claimWith('new pipes');
    const before = liveText();
    const at = claim.text.indexOf(' said') + claim.start;
    const { second } = splitClaim(checker, claim.id, { at, version: claim.version });
    const undone = undoLastChange(checker, second.id, { version: second.version });
    expect(undone.dismissed).toBe(true);
    expect(liveText()).toEqual(before);
    expect(claimWith('new pipes')).toMatchObject({ id: claim.id, text: claim.text });
    expect(getClaimHistory(checker, claim.id).slice(0, 2).map((h) => h.field).sort()).toEqual(['merge', 'span']);
  });

  it('undoes a split from the first half, and undoing that undo splits again', () => {
    const claim = claimWith('new pipes');
    const before = liveText();
    const at = claim.text.indexOf(' said') + claim.start;
    const { first, second } = splitClaim(checker, claim.id, { at, version: claim.version });
    const split = liveText();
    const joined = undoLastChange(checker, claim.id, { version: first.version });
    expect(joined.text).toBe(claim.text);
    expect(liveText()).toEqual(before);
    undoLastChange(checker, claim.id, { version: joined.version });
    expect(liveText()).toEqual(split);
    expect(getArticle(checker, articleId).claims.find((c) => c.id === second.id)?.dismissed).toBe(false);
  });

  it('undoes a merge from either claim, giving each its text and sources back', () => {
    const a = claimWith('raised household rates');
    const b = claimWith('new pipes');
    const before = getArticle(checker, articleId).claims.filter((c) => !c.dismissed);
    const merged = mergeClaims(checker, a.id, { nextClaimId: b.id, version: a.version, nextVersion: b.version });
    expect(claimWith('raised household rates').sources.map((s) => s.name)).toEqual(b.sources.map((s) => s.name));
    const parted = undoLastChange(checker, a.id, { version: merged.version });
    const after = getArticle(checker, articleId).claims.filter((c) => !c.dismissed);
    expect(after.map((c) => [c.id, c.text, c.sources.map((s) => s.name)])).toEqual(before.map((c) => [c.id, c.text, c.sources.map((s) => s.name)]));

    // Merge again, then undo from the claim that was merged away.
    const again = mergeClaims(checker, a.id, { nextClaimId: b.id, version: parted.version, nextVersion: claimWith('new pipes').version });
    const gone = getArticle(checker, articleId).claims.find((c) => c.id === b.id)!;
    expect(gone.dismissed).toBe(true);
    undoLastChange(checker, b.id, { version: gone.version });
    expect(getArticle(checker, articleId).claims.filter((c) => !c.dismissed).map((c) => c.text)).toEqual(before.map((c) => c.text));
    expect(claimWith('raised household rates').version).toBe(again.version + 1);
  });

  it('refuses to join a split back when the other half has been reviewed since', () => {
    const claim = claimWith('new pipes');
    const { first, second } = splitClaim(checker, claim.id, { at: claim.text.indexOf(' said') + claim.start, version: claim.version });
    setClaimReview(checker, second.id, { status: 'true', version: second.version });
    expect(() => undoLastChange(checker, claim.id, { version: first.version })).toThrow(/other half has changed/);
  });

  it('a restore by undo never overlaps a claim added over the dismissed text', () => {
    const claim = claimWith('delayed the increase');
    const dismissed = setClaimDismissed(checker, claim.id, { dismissed: true, version: claim.version });
    addManualClaim(checker, articleId, { start: claim.start, end: claim.end });
    expect(() => undoLastChange(checker, claim.id, { version: dismissed.version })).toThrow(/overlaps/);
  });
});
