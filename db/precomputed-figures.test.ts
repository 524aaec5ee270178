// The per-article figures and per-claim link counts are kept by triggers (migration 0005). Whatever
// the desk does — imports, re-imports, reviews, dismissals, links added and removed, sources
// corrected or deleted, claims split, merged or deleted — they must equal a recount from scratch.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFigures, claims, claimSources, sources, CLAIM_STATUSES, SOURCE_TYPES } from '@/db/schema';
import { importArticle } from '@/lib/articles/import-article';
import { reimportArticle } from '@/lib/articles/reimport-article';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import { RevisionSubmissionSchema } from '@/lib/articles/submission';
import type { Actor } from '@/lib/auth/roles';
import { articleGenerator, rng } from '@/lib/bench/corpus';
import { linkClaimSource, unlinkClaimSource } from '@/lib/claims/claim-sources';
import { mergeClaims, setClaimDismissed, splitClaim } from '@/lib/claims/correct-claims';
import { setClaimReview } from '@/lib/claims/set-claim-review';
import { undoLastChange } from '@/lib/claims/undo-last-change';
import { updateRegistrySource } from '@/lib/sources/update-registry-source';
import { createTestUser, testDb } from '@/lib/testing/fixtures';

let editor: Actor;
let checker: Actor;

beforeAll(async () => {
  testDb();
  editor = await createTestUser('editor');
  checker = await createTestUser('factchecker');
});

/** Figures per article counted from the claims and links themselves, as the dashboard used to. */
function recount() {
  return testDb().all<Record<string, number>>(sql`
    with per_claim as (
      select c.id, c.article_id, c.status, c.dismissed = 0 and c.orphaned = 0 as counted,
        (select count(*) from claim_sources cs join sources s on s.id = cs.source_id where cs.claim_id = c.id and s.type <> 'anonymous') as named,
        (select count(*) from claim_sources cs join sources s on s.id = cs.source_id where cs.claim_id = c.id and s.type = 'anonymous') as anonymous
      from claims c
    )
    select a.id as articleId,
      coalesce(sum(p.counted), 0) as claims,
      coalesce(sum(p.counted and p.status not in ('unreviewed', 'in_progress')), 0) as reviewed,
      coalesce(sum(p.counted and p.named = 0 and p.anonymous > 0), 0) as anonymousOnly,
      coalesce(sum(p.counted and p.named + p.anonymous = 0), 0) as unattributed,
      coalesce(sum(p.counted and p.named + p.anonymous = 1), 0) as singleSourced
    from articles a left join per_claim p on p.article_id = a.id
    group by a.id order by a.id`);
}

/** Review decisions per article and person, read off the whole history, as the dashboard used to. */
function recountTallies() {
  return testDb().all<Record<string, number>>(sql`
    select c.article_id as articleId, h.user_id as userId, count(*) as decisions, count(distinct h.claim_id) as claims, max(h.at) as lastAt
    from claim_history h join claims c on c.id = h.claim_id
    where h.field = 'status' and h.after not in ('"unreviewed"', '"in_progress"') and c.dismissed = 0 and c.orphaned = 0
    group by c.article_id, h.user_id order by c.article_id, h.user_id`);
}

function storedTallies() {
  return testDb().all<Record<string, number>>(sql`
    select article_id as articleId, user_id as userId, decisions, claims, last_at as lastAt from review_tallies order by article_id, user_id`);
}

function stored() {
  return testDb().select().from(articleFigures).orderBy(articleFigures.articleId).all();
}

function storedLinkCounts() {
  return testDb().select({ id: claims.id, named: claims.namedLinks, anonymous: claims.anonymousLinks }).from(claims).orderBy(claims.id).all();
}

function recountedLinkCounts() {
  return testDb().all<{ id: number; named: number; anonymous: number }>(sql`
    select c.id,
      (select count(*) from claim_sources cs join sources s on s.id = cs.source_id where cs.claim_id = c.id and s.type <> 'anonymous') as named,
      (select count(*) from claim_sources cs join sources s on s.id = cs.source_id where cs.claim_id = c.id and s.type = 'anonymous') as anonymous
    from claims c order by c.id`);
}

describe('precomputed per-article figures', () => {
  it('equal a recount after random imports, reviews, corrections and deletes', () => {
    const rand = rng(2026);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const text = articleGenerator(7, 80, 200);
    const db = testDb();
    const articleIds: number[] = [];
    const claimOf = () => db.select().from(claims).where(eq(claims.articleId, pick(articleIds))).all();
    const done = new Map<string, number>();

    for (let step = 0; step < 400; step++) {
      const roll = rand();
      let action = 'import';
      try {
        if (articleIds.length < 3 || roll < 0.08) {
          articleIds.push(importArticle(editor, ArticleInputSchema.parse({ title: `Figures ${step}`, text: text() })).id);
        } else if (roll < 0.13) {
          action = 'reimport';
          reimportArticle(editor, pick(articleIds), RevisionSubmissionSchema.parse({ text: text() }));
        } else {
          const live = claimOf();
          if (live.length === 0) continue;
          const claim = pick(live);
          const articleSources = db.select().from(sources).where(eq(sources.articleId, claim.articleId)).all();
          const links = db.select().from(claimSources).where(eq(claimSources.claimId, claim.id)).all();
          if (roll < 0.4) {
            action = 'review';
            setClaimReview(rand() < 0.5 ? editor : checker, claim.id, { status: pick(CLAIM_STATUSES), version: claim.version });
          } else if (roll < 0.5) {
            action = 'dismiss';
            setClaimDismissed(editor, claim.id, { dismissed: !claim.dismissed, version: claim.version });
          } else if (roll < 0.6) {
            action = 'link';
            const source = rand() < 0.5 && articleSources.length ? { id: pick(articleSources).id } : { name: `Source ${step}`, type: pick(SOURCE_TYPES) };
            linkClaimSource(editor, claim.id, { source, version: claim.version });
          } else if (roll < 0.68 && links.length) {
            action = 'unlink';
            unlinkClaimSource(editor, claim.id, { sourceId: pick(links).sourceId, version: claim.version });
          } else if (roll < 0.74 && articleSources.length) {
            action = 'retype source';
            const source = pick(articleSources);
            if (source.registryId) updateRegistrySource(editor, source.registryId, { type: source.type === 'anonymous' ? 'person' : 'anonymous' });
          } else if (roll < 0.8) {
            action = 'split';
            splitClaim(editor, claim.id, { at: Math.floor((claim.start + claim.end) / 2), version: claim.version });
          } else if (roll < 0.86) {
            action = 'merge';
            const next = live.filter((c) => c.start >= claim.end && !c.dismissed && !c.orphaned).sort((a, b) => a.start - b.start)[0];
            if (next) mergeClaims(editor, claim.id, { nextClaimId: next.id, version: claim.version, nextVersion: next.version });
          } else if (roll < 0.92) {
            action = 'undo';
            undoLastChange(editor, claim.id, { version: claim.version });
          } else if (roll < 0.96 && articleSources.length) {
            // Not something the desk does today, but the cascade must keep the counts right.
            action = 'delete source';
            db.delete(sources).where(eq(sources.id, pick(articleSources).id)).run();
          } else {
            action = 'delete links';
            db.delete(claimSources).where(eq(claimSources.claimId, claim.id)).run();
          }
        }
        done.set(action, (done.get(action) ?? 0) + 1);
      } catch (e) {
        // Refused corrections (a split at a bad place, nothing to undo) change nothing; that is part of the test too.
        if (!(e instanceof Error) || !('code' in e)) throw e;
      }
      if (step % 25 === 0) {
        expect(stored(), `after step ${step} (${action})`).toEqual(recount());
        expect(storedTallies(), `tallies after step ${step} (${action})`).toEqual(recountTallies());
      }
    }
    expect(storedLinkCounts()).toEqual(recountedLinkCounts());
    expect(stored()).toEqual(recount());
    expect(storedTallies()).toEqual(recountTallies());
    expect(storedTallies().length).toBeGreaterThan(1);
    // The walk above did reach every kind of change (so the comparison is not vacuous).
    for (const action of ['import', 'reimport', 'review', 'dismiss', 'link', 'unlink', 'retype source', 'split', 'merge', 'undo', 'delete source', 'delete links']) {
      expect(done.get(action) ?? 0, action).toBeGreaterThan(0);
    }
    expect(recount().some((r) => r.anonymousOnly > 0 && r.unattributed > 0 && r.reviewed > 0 && r.singleSourced > 0)).toBe(true);
  });
});
