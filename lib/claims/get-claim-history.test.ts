import { beforeAll, describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { getClaimHistoryPage, HISTORY_PAGE_SIZE } from './get-claim-history.server';
import { linkClaimSource } from './claim-sources.server';
import { splitClaim } from './correct-claims.server';
import { setClaimReview } from './set-claim-review.server';

let checker: Actor;
let editor: Actor;
let claimId: number;

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
  const { id } = importArticle(checker, ArticleInputSchema.parse({ title: 'Busy claim', text: SAMPLE_ARTICLE }));
  claimId = getArticle(checker, id).claims[0].id;
  // Two pages and a bit: a note changed again and again, the last change by the editor.
  const changes = HISTORY_PAGE_SIZE * 2 + 7;
  for (let n = 1; n <= changes; n++) setClaimReview(n === changes ? editor : checker, claimId, { note: `Note ${n}`, version: n });
});

describe('claim history, a page at a time', () => {
  it('walks from the newest change to the first through the older-page cursors, each change once', () => {
    const seen: string[] = [];
    let page = getClaimHistoryPage(checker, claimId);
    expect(page.before).toBeNull();
    const sizes = [page.entries.length];
    seen.push(...page.entries.map((h) => h.after as string));
    while (page.older !== null) {
      page = getClaimHistoryPage(checker, claimId, page.older);
      sizes.push(page.entries.length);
      seen.push(...page.entries.map((h) => h.after as string));
      // Whatever the page, undo is offered to whoever made the newest change.
      expect(page.latestUserId).toBe(editor.id);
    }
    expect(sizes).toEqual([HISTORY_PAGE_SIZE, HISTORY_PAGE_SIZE, 7]);
    expect(seen).toEqual(Array.from({ length: HISTORY_PAGE_SIZE * 2 + 7 }, (_, i) => `Note ${HISTORY_PAGE_SIZE * 2 + 7 - i}`));
  });
});

describe('claim history in words', () => {
  it('writes each change as a person would, never as JSON', () => {
    const { id } = importArticle(checker, ArticleInputSchema.parse({ title: 'History in words', text: SAMPLE_ARTICLE }));
    const claim = getArticle(checker, id).claims.find((c) => c.text.includes('raised household rates'))!;
    const linked = linkClaimSource(checker, claim.id, { source: { name: 'National Water Agency', type: 'document' }, version: claim.version });
    const reviewed = setClaimReview(checker, claim.id, { status: 'true', note: 'Board minutes confirm it.', version: linked.version });
    const { second } = splitClaim(checker, claim.id, { at: claim.start + claim.text.indexOf(' by 8'), version: reviewed.version });
    const summaries = getClaimHistoryPage(checker, claim.id).entries.map((h) => h.summary);
    const position = getArticle(checker, id).claims.find((c) => c.id === second.id)!.position;
    expect(summaries).toEqual([
      `split the claim; the second half is claim ${position}`,
      expect.stringMatching(/^claim text moved to characters \d+–\d+ \(was \d+–\d+\)$/),
      'note “Board minutes confirm it.”',
      'status Unreviewed → True',
      'linked source National Water Agency (document)',
    ]);
    for (const s of summaries) expect(s).not.toMatch(/[{}]/);
  });
});
