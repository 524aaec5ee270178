import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article.server';
import { getArticle } from '@/lib/articles/get-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { getClaimHistory } from './get-claim-history.server';
import { setClaimReview } from './set-claim-review.server';

let checker: Actor;
let editor: Actor;
let claimId: number;

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
  const { id } = importArticle(checker, ArticleInputSchema.parse({ title: 'Rates', text: SAMPLE_ARTICLE }));
  claimId = getArticle(checker, id).claims[0].id;
});

describe('setClaimReview', () => {
  it('sets status and note, bumps the version and records who changed what', () => {
    const saved = setClaimReview(checker, claimId, { status: 'true', note: 'Board minutes confirm.', version: 1 });
    expect(saved).toMatchObject({ status: 'true', note: 'Board minutes confirm.', version: 2 });
    // Newest first; both fields changed in one step.
    const history = getClaimHistory(checker, claimId);
    expect(history.map((h) => [h.field, h.before, h.after, h.user, h.version])).toEqual([
      ['note', '', 'Board minutes confirm.', checker.name, 2],
      ['status', 'unreviewed', 'true', checker.name, 2],
    ]);
  });

  it('refuses a stale version with the current state and changes nothing', () => {
    const current = setClaimReview(editor, claimId, { status: 'mostly_true', version: 2 });
    expect(current.version).toBe(3);
    const historyBefore = getClaimHistory(checker, claimId).length;
    let error: unknown;
    try {
      setClaimReview(checker, claimId, { status: 'false', version: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'conflict', details: { current: { status: 'mostly_true', version: 3 } } });
    expect(getClaimHistory(checker, claimId)).toHaveLength(historyBefore);
  });

  it('records nothing when nothing changes', () => {
    const before = getClaimHistory(checker, claimId).length;
    const same = setClaimReview(checker, claimId, { status: 'mostly_true', version: 3 });
    expect(same.version).toBe(3);
    expect(getClaimHistory(checker, claimId)).toHaveLength(before);
  });

  it('needs a signed-in fact-checker and a claim that exists', () => {
    expect(() => setClaimReview(null, claimId, { status: 'false', version: 3 })).toThrow(/Sign in/);
    expect(() => setClaimReview(checker, 987654, { status: 'false', version: 1 })).toThrow(/not found/);
  });

  it('keeps history append-only', () => {
    const db = testDb().$client;
    expect(() => db.exec('UPDATE claim_history SET field = 1')).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM claim_history')).toThrow(/append-only/);
  });
});
