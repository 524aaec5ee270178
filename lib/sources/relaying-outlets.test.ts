import { eq, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimSources, sources } from '@/db/schema';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { linkClaimSource, unlinkClaimSource } from '@/lib/claims/claim-sources.server';
import { setClaimDismissed } from '@/lib/claims/correct-claims.server';
import { undoLastChange } from '@/lib/claims/undo-last-change.server';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { getRegistrySource } from './get-registry-source.server';
import { listRegistrySources } from './list-registry-sources.server';
import { mergeRegistrySources } from './merge-registry-sources.server';
import { RegistryQuerySchema } from './schemas';
import { backfillRegistrySources } from './upsert-registry-source.server';

// Outlet names are made unique per test file run, so entries from other tests never mix in.
const RUN = Date.now().toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
const COURIER = `Lakeside ${RUN[0].toUpperCase()}${RUN.slice(1)} Courier`;

const RELAYED = ['Ferry Cuts', '', `Two council officials told the ${COURIER} that the town had refused a request for a subsidy.`, '', 'The crossing takes forty minutes.'].join('\n');
const OWN = ['Ferry Losses', '', `The ${COURIER} reported that the ferry lost $1.2 million in 2025.`].join('\n');

let checker: Actor;
let editor: Actor;

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
});

const list = (q: Record<string, string>) => listRegistrySources(checker, RegistryQuerySchema.parse(q)).sources;
const entryNamed = (name: string) => list({ q: name }).find((s) => s.name.toLowerCase() === name.toLowerCase());

describe('relaying outlets in the registry', () => {
  it('lists the claims an outlet relayed as well as those it made, on one entry', () => {
    const relayedId = importArticle(checker, ArticleInputSchema.parse({ title: 'Relayed', text: RELAYED })).id;
    const relayedClaim = getArticle(checker, relayedId).claims.find((c) => c.text.includes('refused a request'))!;
    expect(relayedClaim.sources.map((s) => s.via?.name)).toEqual([COURIER]);

    // Only relayed so far: the outlet has an entry, listed, with nothing of its own.
    const listed = entryNamed(COURIER)!;
    expect(listed).toMatchObject({ type: 'media', articleCount: 0, claimCount: 0, relayedCount: 1 });
    let entry = getRegistrySource(checker, listed.id);
    expect(entry.relayedCount).toBe(1);
    expect(entry.relayedClaims.map((c) => [c.id, c.sources])).toEqual([[relayedClaim.id, ['Two council officials']]]);

    // An article quoting the outlet itself ("The ... Courier reported") lands on the same entry.
    const ownId = importArticle(checker, ArticleInputSchema.parse({ title: 'Own', text: OWN })).id;
    const ownClaim = getArticle(checker, ownId).claims[0];
    entry = getRegistrySource(checker, listed.id);
    expect(entry.claims.map((c) => c.id)).toEqual([ownClaim.id]);
    expect(entry.relayedClaims.map((c) => c.id)).toEqual([relayedClaim.id]);
    expect(entryNamed(COURIER)).toMatchObject({ id: listed.id, articleCount: 1, claimCount: 1, relayedCount: 1 });
  });

  it('leaves a dismissed claim out of what an outlet relayed', () => {
    const id = importArticle(checker, ArticleInputSchema.parse({ title: 'Dismissed relay', text: RELAYED })).id;
    const claim = getArticle(checker, id).claims.find((c) => c.text.includes('refused a request'))!;
    const entryId = entryNamed(COURIER)!.id;
    expect(getRegistrySource(checker, entryId).relayedClaims.map((c) => c.id)).toContain(claim.id);
    setClaimDismissed(checker, claim.id, { dismissed: true, version: claim.version });
    const entry = getRegistrySource(checker, entryId);
    expect(entry.relayedClaims.map((c) => c.id)).not.toContain(claim.id);
    expect(entry.relayedCount).toBe(entry.relayedClaims.length);
  });

  it('records the outlet of a source linked by hand, and again when an unlink is undone', () => {
    const id = importArticle(checker, ArticleInputSchema.parse({ title: 'Manual relay', text: RELAYED })).id;
    const claim = getArticle(checker, id).claims.find((c) => c.text.includes('forty minutes'))!;
    const outlet = `Harbour ${RUN} Radio`;
    let state = linkClaimSource(checker, claim.id, { source: { name: 'a ferry captain', type: 'anonymous' }, via: { name: outlet, type: 'media' }, version: claim.version });
    const radio = entryNamed(outlet)!;
    expect(getRegistrySource(checker, radio.id).relayedClaims.map((c) => c.id)).toEqual([claim.id]);

    const sourceId = getArticle(checker, id).claims.find((c) => c.id === claim.id)!.sources[0].sourceId;
    state = unlinkClaimSource(checker, claim.id, { sourceId, version: state.version });
    expect(getRegistrySource(checker, radio.id).relayedClaims).toEqual([]);
    undoLastChange(checker, claim.id, { version: state.version });
    expect(getRegistrySource(checker, radio.id).relayedClaims.map((c) => c.id)).toEqual([claim.id]);
  });

  it('moves what a duplicate relayed to the entry it is merged into', () => {
    const id = importArticle(checker, ArticleInputSchema.parse({ title: 'Merge relay', text: RELAYED })).id;
    const claim = getArticle(checker, id).claims.find((c) => c.text.includes('forty minutes'))!;
    const duplicateName = `${COURIER} Online`;
    linkClaimSource(checker, claim.id, { source: { name: 'a deckhand', type: 'anonymous' }, via: { name: duplicateName, type: 'media' }, version: claim.version });
    const target = entryNamed(COURIER)!;
    const duplicate = entryNamed(duplicateName)!;
    mergeRegistrySources(editor, target.id, duplicate.id);
    expect(getRegistrySource(checker, target.id).relayedClaims.map((c) => c.id)).toContain(claim.id);
    expect(entryNamed(duplicateName)?.id).not.toBe(duplicate.id);
  });

  it('backfills the outlet of links stored before outlets joined the registry', () => {
    const db = testDb();
    const id = importArticle(checker, ArticleInputSchema.parse({ title: 'Backfill relay', text: RELAYED })).id;
    const claim = getArticle(checker, id).claims.find((c) => c.text.includes('refused a request'))!;
    db.update(claimSources).set({ viaRegistryId: null }).where(eq(claimSources.claimId, claim.id)).run();
    const entryId = entryNamed(COURIER)!.id;
    expect(getRegistrySource(checker, entryId).relayedClaims.map((c) => c.id)).not.toContain(claim.id);
    expect(backfillRegistrySources(db)).toBeGreaterThanOrEqual(1);
    expect(getRegistrySource(checker, entryId).relayedClaims.map((c) => c.id)).toContain(claim.id);
    // Done: a second run finds nothing to link.
    expect(backfillRegistrySources(db)).toBe(0);
    expect(db.select().from(claimSources).where(isNotNull(claimSources.viaName)).all().every((l) => l.viaRegistryId !== null)).toBe(true);
  });
});

describe('registry names', () => {
  it('sorts names without regard to case', () => {
    const id = importArticle(checker, ArticleInputSchema.parse({ title: 'Sorting', text: RELAYED })).id;
    const claim = getArticle(checker, id).claims[0];
    let version = claim.version;
    for (const name of [`Sortcheck${RUN} Beta`, `sortcheck${RUN} alpha`, `sortcheck${RUN} gamma`]) {
      version = linkClaimSource(checker, claim.id, { source: { name, type: 'document' }, version }).version;
    }
    expect(list({ q: `sortcheck${RUN}` }).map((s) => s.name)).toEqual([`sortcheck${RUN} alpha`, `Sortcheck${RUN} Beta`, `sortcheck${RUN} gamma`]);
  });

  it('keeps one entry for a party named with a leading "the" and a description', () => {
    const party = `Green${RUN} Party`;
    const first = importArticle(checker, ArticleInputSchema.parse({ title: 'Party one', text: RELAYED })).id;
    const second = importArticle(checker, ArticleInputSchema.parse({ title: 'Party two', text: RELAYED })).id;
    const third = importArticle(checker, ArticleInputSchema.parse({ title: 'Party three', text: RELAYED })).id;
    const names = [party, `the opposition ${party}`, `The ${party}`];
    [first, second, third].forEach((articleId, i) => {
      const claim = getArticle(checker, articleId).claims[0];
      linkClaimSource(checker, claim.id, { source: { name: names[i], type: 'organization' }, version: claim.version });
    });
    const registryIds = testDb()
      .select({ name: sources.name, registryId: sources.registryId })
      .from(sources)
      .all()
      .filter((s) => names.includes(s.name));
    expect(registryIds).toHaveLength(3);
    expect(new Set(registryIds.map((s) => s.registryId)).size).toBe(1);
    expect(list({ q: party }).filter((s) => s.type === 'organization')).toHaveLength(1);
  });

  it('lists an entry first seen with a description under the name alone', () => {
    const party = `Liberal${RUN} Party`;
    const id = importArticle(checker, ArticleInputSchema.parse({ title: 'Party described', text: RELAYED })).id;
    const claim = getArticle(checker, id).claims[0];
    linkClaimSource(checker, claim.id, { source: { name: `the ruling ${party}`, type: 'organization' }, version: claim.version });
    expect(list({ q: party }).map((s) => s.name)).toEqual([`the ${party}`]);
    // The article keeps its own words.
    expect(getArticle(checker, id).sources.map((s) => s.name)).toContain(`the ruling ${party}`);
  });
});
