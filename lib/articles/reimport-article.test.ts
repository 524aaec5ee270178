import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { articles, claims, evidence } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { getClaimHistory } from '@/lib/claims/get-claim-history.server';
import { addManualClaim } from '@/lib/claims/correct-claims.server';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { undoLastChange } from '@/lib/claims/undo-last-change.server';
import { extract } from '@/lib/extract';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { getArticle } from './get-article.server';
import { importArticle } from './import-article.server';
import { listOrphanedClaims } from './list-orphaned-claims.server';
import { reimportArticle } from './reimport-article.server';
import { ArticleInputSchema } from './schemas';

let checker: Actor;
beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
});

// The second version: a correction on top, the rate figure edited, the quote moved below the
// officials' paragraph, the audit sentence deleted, a new paragraph at the end.
const REVISED = [
  'Water Rates Rise in Eastport',
  '',
  'Correction: an earlier version of this article gave the wrong rise.',
  '',
  'The Eastport Water Board raised household rates by 9 percent on Monday.',
  '',
  'Two officials told the Eastport Gazette that the board had delayed the increase for a year.',
  '',
  '"We had no other way to pay for the new pipes," said board chair Linda Park.',
  '',
  'The mayor said she would ask the board to reconsider.',
].join('\n');

function setUp(title: string) {
  const { id } = importArticle(checker, ArticleInputSchema.parse({ title, text: SAMPLE_ARTICLE }));
  const article = getArticle(checker, id);
  const find = (words: string) => {
    const claim = article.claims.find((c) => c.text.includes(words));
    if (!claim) throw new Error(`no claim with "${words}"`);
    return claim;
  };
  return { id, article, rate: find('raised household rates'), quote: find('new pipes'), audit: find('annual audit'), delayed: find('delayed the increase') };
}

describe('reimportArticle', () => {
  it('stores the context around each claim at import, to find it again later', () => {
    const { id } = setUp('Anchors');
    const rows = testDb().select().from(claims).where(eq(claims.articleId, id)).all();
    for (const c of rows) {
      expect(c.anchorPrefix).toBe(SAMPLE_ARTICLE.slice(Math.max(0, c.start - 32), c.start));
      expect(c.anchorSuffix).toBe(SAMPLE_ARTICLE.slice(c.end, c.end + 32));
    }
  });

  it('carries reviews over to the new text, orphans what is gone, replaces untouched claims', () => {
    const { id, article, rate, quote, audit, delayed } = setUp('Revised rates');
    setClaimReview(checker, rate.id, { status: 'true', note: 'Board minutes confirm the rise.', version: rate.version });
    setClaimReview(checker, quote.id, { status: 'mostly_true', version: quote.version });
    setClaimReview(checker, audit.id, { status: 'false', note: 'The audit shows a profit.', version: audit.version });
    const db = testDb();
    db.insert(evidence).values({ claimId: quote.id, url: 'https://example.org/minutes', title: 'Board minutes', stance: 'supports', createdBy: checker.id }).run();

    const result = reimportArticle(checker, id, { text: REVISED, revision: 1 });
    const revised = getArticle(checker, id);
    expect(result).toEqual({
      id,
      revision: 2,
      carried: 2,
      orphaned: 1,
      removed: article.claims.length - 3,
      added: revised.claims.length - 2,
    });
    expect(revised.body).toBe(REVISED);
    expect(db.select({ revision: articles.revision }).from(articles).where(eq(articles.id, id)).get()?.revision).toBe(2);
    for (const c of revised.claims) expect(REVISED.slice(c.start, c.end)).toBe(c.text);
    // Positions are stable link targets: carried claims keep theirs, new ones take fresh numbers.
    const oldTop = Math.max(...article.claims.map((c) => c.position));
    expect(new Set(revised.claims.map((c) => c.position)).size).toBe(revised.claims.length);
    for (const c of revised.claims) {
      const before = article.claims.find((o) => o.id === c.id);
      if (before) expect(c.position).toBe(before.position);
      else expect(c.position).toBeGreaterThan(oldTop);
    }

    // Moved: same id, review and evidence; one more version (review, then the move).
    const movedQuote = revised.claims.find((c) => c.id === quote.id);
    expect(movedQuote).toMatchObject({ status: 'mostly_true', text: quote.text, version: quote.version + 2 });
    expect(movedQuote!.start).toBe(REVISED.indexOf(quote.text));
    expect(movedQuote!.start).not.toBe(quote.start);
    expect(movedQuote!.sources.map((s) => s.name)).toEqual([expect.stringContaining('Linda Park')]);
    expect(db.select().from(evidence).where(eq(evidence.claimId, quote.id)).all()).toHaveLength(1);
    const quoteHistory = getClaimHistory(checker, quote.id);
    expect(quoteHistory[0]).toMatchObject({
      field: 'span',
      before: { start: quote.start, end: quote.end, revision: 1 },
      after: { start: movedQuote!.start, end: movedQuote!.end, revision: 2, match: 'exact' },
      version: quote.version + 2,
    });

    // Edited: found by its words, now reads as the new text does; a new version, and both steps in history.
    const editedRate = revised.claims.find((c) => c.id === rate.id);
    expect(editedRate).toMatchObject({ status: 'true', note: 'Board minutes confirm the rise.', text: 'The Eastport Water Board raised household rates by 9 percent on Monday.' });
    expect(editedRate!.version).toBe(rate.version + 2);
    expect(getClaimHistory(checker, rate.id).slice(0, 2).map((h) => [h.field, h.version])).toEqual(
      expect.arrayContaining([
        ['span', rate.version + 2],
        ['text', rate.version + 2],
      ]),
    );

    // Deleted: an orphan, out of the article's claims, listed with its review.
    expect(revised.claims.some((c) => c.id === audit.id)).toBe(false);
    expect(listOrphanedClaims(checker, id)).toEqual([
      expect.objectContaining({ id: audit.id, status: 'false', note: 'The audit shows a profit.', text: audit.text, evidence: [] }),
    ]);
    expect(getClaimHistory(checker, audit.id)[0]).toMatchObject({ field: 'orphaned', before: false, after: true, version: audit.version + 2 });

    // Untouched: replaced by the new extraction's claim.
    expect(revised.claims.some((c) => c.id === delayed.id)).toBe(false);
    expect(revised.claims.find((c) => c.text.includes('delayed the increase'))).toMatchObject({ status: 'unreviewed' });
    expect(revised.claims.some((c) => c.text.includes('reconsider'))).toBe(true);
  });

  it('keeps a claim whose only trace of work is its history (a status set and undone)', () => {
    // Several articles first, so that history row ids and claim ids differ.
    for (let i = 0; i < 3; i++) setUp(`Padding ${i}`);
    const { id, rate } = setUp('History only');
    const reviewed = setClaimReview(checker, rate.id, { status: 'true', version: rate.version });
    undoLastChange(checker, rate.id, { version: reviewed.version });
    expect(getArticle(checker, id).claims.find((c) => c.id === rate.id)?.status).toBe('unreviewed');
    // It used to be counted "untouched", and deleting it broke its history's foreign key.
    reimportArticle(checker, id, { text: SAMPLE_ARTICLE });
    expect(getArticle(checker, id).claims.some((c) => c.id === rate.id)).toBe(true);
    expect(getClaimHistory(checker, rate.id).length).toBeGreaterThan(0);
  });

  it('leaves a claim the new text does not move alone: same version, no history', () => {
    const { id, rate } = setUp('Appended');
    const reviewed = setClaimReview(checker, rate.id, { status: 'true', version: rate.version });
    const historyBefore = getClaimHistory(checker, rate.id).length;
    reimportArticle(checker, id, { text: `${SAMPLE_ARTICLE}\n\nThe board meets again in May.` });
    expect(getArticle(checker, id).claims.find((c) => c.id === rate.id)).toMatchObject({ status: 'true', version: reviewed.version, position: rate.position, start: rate.start });
    expect(getClaimHistory(checker, rate.id)).toHaveLength(historyBefore);
  });

  it('keeps a claim added by hand, and new claims give way to it rather than overlap it', () => {
    const { id } = setUp('Manual');
    const manual = addManualClaim(checker, id, { start: 0, end: 'Water Rates Rise'.length });
    // The new version turns the headline into a sentence the extractor will take as a claim.
    const text = SAMPLE_ARTICLE.replace('Water Rates Rise in Eastport', 'Water Rates Rise in Eastport as the board votes to pay for pipes.');
    expect(extract(text).claims.some((c) => c.text.startsWith('Water Rates Rise in Eastport as'))).toBe(true);
    reimportArticle(checker, id, { text });
    const claimsNow = getArticle(checker, id).claims;
    expect(claimsNow.find((c) => c.id === manual.id)).toMatchObject({ text: 'Water Rates Rise', start: 0 });
    const sorted = [...claimsNow].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
  });

  it('cannot be undone claim by claim', () => {
    const { id, quote } = setUp('No undo');
    setClaimReview(checker, quote.id, { status: 'true', version: quote.version });
    reimportArticle(checker, id, { text: REVISED });
    const moved = getArticle(checker, id).claims.find((c) => c.id === quote.id)!;
    expect(() => undoLastChange(checker, quote.id, { version: moved.version })).toThrow(/re-import cannot be undone/);
  });

  it('brings an orphan back when a later version restores its sentence', () => {
    const { id, audit } = setUp('Restored audit');
    setClaimReview(checker, audit.id, { status: 'false', version: audit.version });
    reimportArticle(checker, id, { text: REVISED });
    expect(listOrphanedClaims(checker, id).map((o) => o.id)).toEqual([audit.id]);
    reimportArticle(checker, id, { text: SAMPLE_ARTICLE });
    expect(listOrphanedClaims(checker, id)).toEqual([]);
    expect(getArticle(checker, id).claims.find((c) => c.id === audit.id)).toMatchObject({ status: 'false', text: audit.text });
  });

  it('keeps a claim still in the text when the extractor no longer cuts it out', () => {
    const { id, rate } = setUp('Kept in place');
    setClaimReview(checker, rate.id, { status: 'true', version: rate.version });
    // A heading-like line is no claim for the extractor, but the reviewed words are still there.
    const text = SAMPLE_ARTICLE.replace('The Eastport Water Board raised household rates by 8 percent on Monday.', 'Eastport Water Board raised household rates by 8 percent on Monday');
    expect(extract(text).claims.some((c) => c.text.includes('household rates'))).toBe(false);
    reimportArticle(checker, id, { text });
    const kept = getArticle(checker, id).claims.find((c) => c.id === rate.id);
    expect(kept).toMatchObject({ status: 'true', text: 'Eastport Water Board raised household rates by 8 percent on Monday' });
    expect(text.slice(kept!.start, kept!.end)).toBe(kept!.text);
  });

  it('refuses a stale revision, a stranger and an unknown article, changing nothing', async () => {
    const { id, article } = setUp('Stale');
    reimportArticle(checker, id, { text: REVISED, revision: 1 });
    expect(() => reimportArticle(checker, id, { text: SAMPLE_ARTICLE, revision: 1 })).toThrow(/newer version/);
    expect(() => reimportArticle(null, id, { text: SAMPLE_ARTICLE })).toThrow(/Sign in/);
    expect(() => reimportArticle(checker, 987654, { text: SAMPLE_ARTICLE })).toThrow(/not found/);
    expect(getArticle(checker, id).body).toBe(REVISED);
    expect(article.body).toBe(SAMPLE_ARTICLE);
  });

  it('rolls everything back when a write fails halfway', () => {
    const { id, rate, article } = setUp('Doomed revision');
    setClaimReview(checker, rate.id, { status: 'true', version: rate.version });
    const db = testDb();
    db.$client.exec(`CREATE TEMP TRIGGER fail_revision BEFORE INSERT ON claim_history WHEN NEW.field = 'span' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    try {
      expect(() => reimportArticle(checker, id, { text: REVISED })).toThrow(/disk full/);
    } finally {
      db.$client.exec('DROP TRIGGER fail_revision');
    }
    const after = getArticle(checker, id);
    expect(after.body).toBe(SAMPLE_ARTICLE);
    expect(after.claims.map((c) => [c.id, c.start, c.status])).toEqual(article.claims.map((c) => [c.id, c.start, c.id === rate.id ? 'true' : 'unreviewed']));
  });
});
