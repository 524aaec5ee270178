// The per-article figures and per-claim link counts (migration 0005), review tallies (0008) and
// registry figures (0011) are kept by triggers. Whatever the desk does — imports, re-imports,
// reviews, dismissals, links added and removed, sources corrected, merged or deleted, registry
// entries merged, claims split, merged or deleted, articles deleted — they must equal a recount
// from scratch.
import { eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFigures, articles, claims, claimSources, registrySources, sources, CLAIM_STATUSES, SOURCE_TYPES } from '@/db/schema';
import { importArticle } from '@/lib/articles/import-article.server';
import { reimportArticle } from '@/lib/articles/reimport-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { articleGenerator, rng } from '@/lib/bench/corpus';
import { editArticleSource, linkClaimSource, mergeArticleSources, unlinkClaimSource } from '@/lib/claims/claim-sources.server';
import { mergeClaims, setClaimDismissed, splitClaim } from '@/lib/claims/correct-claims.server';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { undoLastChange } from '@/lib/claims/undo-last-change.server';
import { mergeRegistrySources } from '@/lib/sources/merge-registry-sources.server';
import { updateRegistrySource } from '@/lib/sources/update-registry-source.server';
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

/** Each claim's registry entries, from its links, as the registry pages used to read them. */
function recountRegistryClaims() {
  return testDb().all<Record<string, number | string>>(sql`
    select distinct s.registry_id as registryId, c.id as claimId, c.status, c.dismissed
    from claim_sources cs join sources s on s.id = cs.source_id join claims c on c.id = cs.claim_id
    where s.registry_id is not null order by 1, 2`);
}

function storedRegistryClaims() {
  return testDb().all<Record<string, number | string>>(sql`
    select registry_id as registryId, claim_id as claimId, status, dismissed from registry_claims order by 1, 2`);
}

/** Per registry entry, its articles and distinct live claims, counted from sources and links as the registry list used to. */
function recountRegistryFigures() {
  return testDb().all<Record<string, number>>(sql`
    select r.id as registryId,
      (select count(distinct s.article_id) from sources s where s.registry_id = r.id) as articles,
      (select count(distinct c.id) from sources s join claim_sources cs on cs.source_id = s.id join claims c on c.id = cs.claim_id
        where s.registry_id = r.id and c.dismissed = 0) as claims,
      (select count(distinct c.id) from sources s join claim_sources cs on cs.source_id = s.id join claims c on c.id = cs.claim_id
        where s.registry_id = r.id and c.dismissed = 0 and c.status in ('true', 'mostly_true')) as ratedTrue,
      (select count(distinct c.id) from sources s join claim_sources cs on cs.source_id = s.id join claims c on c.id = cs.claim_id
        where s.registry_id = r.id and c.dismissed = 0 and c.status in ('misleading', 'unsupported', 'false')) as ratedFalse
    from registry_sources r order by r.id`);
}

function storedRegistryFigures() {
  return testDb().all<Record<string, number>>(sql`
    select r.id as registryId, f.articles, f.claims, f.rated_true as ratedTrue, f.rated_false as ratedFalse
    from registry_sources r left join registry_figures f on f.registry_id = r.id order by r.id`);
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

    for (let step = 0; step < 500; step++) {
      const roll = rand();
      let action = 'import';
      try {
        if (articleIds.length < 3 || roll < 0.08) {
          articleIds.push(importArticle(editor, ArticleInputSchema.parse({ title: `Figures ${step}`, text: text() })).id);
        } else if (roll < 0.13) {
          action = 'reimport';
          reimportArticle(editor, pick(articleIds), { text: text() });
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
          } else if (roll < 0.88) {
            action = 'undo';
            undoLastChange(editor, claim.id, { version: claim.version });
          } else if (roll < 0.9 && articleSources.length) {
            action = 'rename source';
            const source = pick(articleSources);
            const other = pick(db.select({ name: sources.name, type: sources.type }).from(sources).all());
            editArticleSource(editor, source.id, rand() < 0.6 ? { name: other.name, type: other.type } : { name: `Renamed ${step}` });
          } else if (roll < 0.92 && articleSources.length > 1) {
            action = 'merge article sources';
            const [keep, merged] = [pick(articleSources), pick(articleSources)];
            if (keep.id !== merged.id) mergeArticleSources(editor, { keepId: keep.id, mergeId: merged.id });
          } else if (roll < 0.94) {
            action = 'merge registry entries';
            const live = db.select({ id: registrySources.id }).from(registrySources).where(isNull(registrySources.mergedIntoId)).all();
            const [target, duplicate] = [pick(live), pick(live)];
            if (target.id !== duplicate.id) mergeRegistrySources(editor, target.id, duplicate.id);
          } else if (roll < 0.95 && articleIds.length > 4) {
            // Not something the desk does today either: every cascade must keep the figures right.
            action = 'delete article';
            const id = articleIds.splice(Math.floor(rand() * articleIds.length), 1)[0];
            db.delete(articles).where(eq(articles.id, id)).run();
          } else if (roll < 0.97 && articleSources.length) {
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
        expect(storedRegistryClaims(), `registry claims after step ${step} (${action})`).toEqual(recountRegistryClaims());
        expect(storedRegistryFigures(), `registry figures after step ${step} (${action})`).toEqual(recountRegistryFigures());
      }
    }
    expect(storedLinkCounts()).toEqual(recountedLinkCounts());
    expect(stored()).toEqual(recount());
    expect(storedTallies()).toEqual(recountTallies());
    expect(storedTallies().length).toBeGreaterThan(1);
    expect(storedRegistryClaims()).toEqual(recountRegistryClaims());
    expect(storedRegistryFigures()).toEqual(recountRegistryFigures());
    const registry = recountRegistryFigures();
    expect(registry.some((r) => r.articles > 1 && r.claims > 1)).toBe(true);
    expect(registry.some((r) => r.ratedTrue > 0) && registry.some((r) => r.ratedFalse > 0)).toBe(true);
    // The walk above did reach every kind of change (so the comparison is not vacuous).
    for (const action of ['import', 'reimport', 'review', 'dismiss', 'link', 'unlink', 'retype source', 'split', 'merge', 'undo', 'rename source', 'merge article sources', 'merge registry entries', 'delete article', 'delete source', 'delete links']) {
      expect(done.get(action) ?? 0, action).toBeGreaterThan(0);
    }
    expect(recount().some((r) => r.anonymousOnly > 0 && r.unattributed > 0 && r.reviewed > 0 && r.singleSourced > 0)).toBe(true);
  });
});
