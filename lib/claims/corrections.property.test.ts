import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimHistory, claims as claimsTable } from '@/db/schema';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { reimportArticle } from '@/lib/articles/reimport-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { mergeClaims, setClaimDismissed, splitClaim } from './correct-claims.server';
import { parseFieldChange } from './history-fields';
import { setClaimReview } from './set-claim-review.server';
import { undoLastChange } from './undo-last-change.server';

// Random sequences of the corrections a fact-checker makes, on one article. After every step:
// live claims never overlap; every character of claimed text is in exactly one live claim or in a
// claim a person dismissed; every history row parses and versions agree with the history; and an
// undo right after a change puts the article back as it was before that change.

const PARAGRAPHS = [
  'Harbour Dredging Approved',
  'The Port Authority approved a dredging contract worth $14 million on Tuesday.',
  '"The channel has silted up faster than any model predicted," said harbour master Ines Duarte.',
  'Three fishermen told the Coastal Herald that the work would close the north quay for a season.',
  'According to the authority’s budget, dredging costs rose 40 percent since 2022.',
  'Environmental groups reportedly plan to appeal the permit.',
  'The contract runs until 2028.',
];
const VERSIONS = [
  PARAGRAPHS.join('\n\n'),
  // An edited figure and a new paragraph.
  PARAGRAPHS.map((p) => p.replace('$14 million', '$15 million')).concat('The mayor welcomed the decision.').join('\n\n'),
  // A paragraph gone.
  PARAGRAPHS.filter((_, i) => i !== 3).join('\n\n'),
];

type Op =
  | { kind: 'split'; pick: number; at: number }
  | { kind: 'merge'; pick: number }
  | { kind: 'dismiss'; pick: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'review'; pick: number }
  | { kind: 'undo'; partner: boolean }
  | { kind: 'reimport'; version: number };

const pick = fc.nat(50);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('split' as const), pick, at: fc.double({ min: 0.05, max: 0.95, noNaN: true }) }),
  fc.record({ kind: fc.constant('merge' as const), pick }),
  fc.record({ kind: fc.constant('dismiss' as const), pick }),
  fc.record({ kind: fc.constant('restore' as const), pick }),
  fc.record({ kind: fc.constant('review' as const), pick }),
  fc.record({ kind: fc.constant('undo' as const), partner: fc.boolean() }),
  fc.record({ kind: fc.constant('undo' as const), partner: fc.boolean() }),
  fc.record({ kind: fc.constant('reimport' as const), version: fc.nat(VERSIONS.length - 1) }),
);

let checker: Actor;
beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
});

/** What the article looks like to a reader of the workspace: live claims with their text, review and sources; which claims are dismissed. */
function snapshot(articleId: number) {
  const view = getArticle(checker, articleId);
  return {
    body: view.body,
    live: view.claims
      .filter((c) => !c.dismissed && !c.orphaned)
      .map((c) => ({ id: c.id, start: c.start, end: c.end, text: c.text, status: c.status, sources: c.sources.map((s) => s.sourceId).sort() })),
    dismissed: view.claims.filter((c) => c.dismissed && !c.orphaned).map((c) => c.id),
    all: view.claims.map((c) => c.id),
  };
}
type Snapshot = ReturnType<typeof snapshot>;

function checkInvariants(articleId: number) {
  const db = testDb();
  const rows = db.select().from(claimsTable).where(eq(claimsTable.articleId, articleId)).all();
  const body = getArticle(checker, articleId).body;
  const live = rows.filter((c) => !c.dismissed && !c.orphaned);
  const dismissedByPerson = new Set<number>();

  for (const claim of rows) {
    const history = db.select().from(claimHistory).where(eq(claimHistory.claimId, claim.id)).orderBy(claimHistory.id).all();
    // Every row is one of the typed fields with values of the right shape.
    const changes = history.map((h) => ({ version: h.version, change: parseFieldChange(h) }));
    // Versions agree with the history: the claim is at the newest version its history records.
    expect(claim.version).toBe(Math.max(1, ...history.map((h) => h.version)));
    // A claim is dismissed by a person when its last dismissal was not a merge taking its text.
    const lastDismissal = changes.filter(({ change }) => change.field === 'dismissed' && change.after).at(-1);
    const byMerge = lastDismissal && changes.some(({ version, change }) => version === lastDismissal.version && change.field === 'merged_into' && change.after !== null);
    if (claim.dismissed && !byMerge) dismissedByPerson.add(claim.id);
  }

  for (const a of live) {
    for (const b of live) if (a.id < b.id) expect(a.start < b.end && b.start < a.end, `claims ${a.id} and ${b.id} overlap`).toBe(false);
  }
  for (const claim of rows.filter((c) => c.dismissed && !c.orphaned && !dismissedByPerson.has(c.id))) {
    for (let i = claim.start; i < claim.end; i++) {
      if (/\s/.test(body[i])) continue;
      const inLive = live.some((c) => c.start <= i && i < c.end);
      const inDismissedByPerson = rows.some((c) => dismissedByPerson.has(c.id) && c.start <= i && i < c.end);
      expect(inLive || inDismissedByPerson, `character ${i} (“${body.slice(claim.start, claim.end)}”) is in no claim`).toBe(true);
    }
  }
}

describe('corrections, in any order', () => {
  it('never leave claimed text in no claim, and undo agrees with history', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => {
        const articleId = importArticle(checker, ArticleInputSchema.parse({ title: 'Dredging', text: VERSIONS[0] })).id;
        // The claim the workspace shows after each change (undo acts on it), and the change's partner claim.
        let acted: { id: number; partner?: number } | null = null;
        let before: Snapshot | null = null;

        for (const step of ops) {
          const view = getArticle(checker, articleId);
          const live = view.claims.filter((c) => !c.dismissed && !c.orphaned);
          const dismissed = view.claims.filter((c) => c.dismissed && !c.orphaned);
          const prior = snapshot(articleId);
          const undoCheck = step.kind === 'undo' ? before : null;
          before = null;
          try {
            switch (step.kind) {
              case 'split': {
                const c = live[step.pick % live.length];
                if (!c) continue;
                const at = c.start + Math.max(1, Math.floor((c.end - c.start) * step.at));
                const { first, second } = splitClaim(checker, c.id, { at, version: c.version });
                acted = { id: second.id, partner: first.id };
                break;
              }
              case 'merge': {
                const c = live[step.pick % live.length];
                const next = c && live.find((n) => n.start >= c.end);
                if (!c || !next) continue;
                mergeClaims(checker, c.id, { nextClaimId: next.id, version: c.version, nextVersion: next.version });
                acted = { id: c.id, partner: next.id };
                break;
              }
              case 'dismiss': {
                const c = live[step.pick % live.length];
                if (!c) continue;
                setClaimDismissed(checker, c.id, { dismissed: true, version: c.version });
                acted = { id: c.id };
                break;
              }
              case 'restore': {
                const c = dismissed[step.pick % dismissed.length];
                if (!c) continue;
                setClaimDismissed(checker, c.id, { dismissed: false, version: c.version });
                acted = { id: c.id };
                break;
              }
              case 'review': {
                const c = live[step.pick % live.length];
                if (!c) continue;
                setClaimReview(checker, c.id, { status: c.status === 'true' ? 'false' : 'true', version: c.version });
                acted = { id: c.id };
                break;
              }
              case 'undo': {
                const targetId = step.partner && acted?.partner ? acted.partner : acted?.id;
                const target = view.claims.find((c) => c.id === targetId);
                if (!target || !acted) continue;
                undoLastChange(checker, target.id, { version: target.version });
                // Undoing an undo redoes: the acted claim stays the same.
                if (undoCheck) {
                  // A claim the undone change created (the second half of a split) stays, dismissed, for its history.
                  const now = snapshot(articleId);
                  expect({ ...now, dismissed: now.dismissed.filter((id) => undoCheck.all.includes(id)), all: undoCheck.all }, 'undo of the change before it').toEqual(undoCheck);
                }
                break;
              }
              case 'reimport':
                reimportArticle(checker, articleId, { text: VERSIONS[step.version] });
                acted = null;
                break;
            }
            before = prior;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            // A refused correction changes nothing.
            expect(snapshot(articleId)).toEqual(prior);
            if (step.kind === 'undo') before = null;
          }
          checkInvariants(articleId);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60), ...(process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED), path: process.env.PROPERTY_PATH } : {}) },
    );
  }, 600_000);
});
