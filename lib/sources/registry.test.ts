import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registrySources, sources } from '@/db/schema';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { setClaimDismissed } from '@/lib/claims/correct-claims.server';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { findMergeCandidates, getRegistrySource, REGISTRY_DETAIL_LIMIT } from './get-registry-source.server';
import { listRegistrySources } from './list-registry-sources.server';
import { mergeRegistrySources } from './merge-registry-sources.server';
import { RegistryQuerySchema } from './schemas';
import { updateRegistrySource } from './update-registry-source.server';
import { backfillRegistrySources } from './upsert-registry-source.server';

const HARBOUR_PLAN = [
  'Harbour Plan Approved',
  '',
  'The council approved the harbour plan on Tuesday.',
  '',
  '"The plan will create 300 jobs," said Mayor Linda Park.',
  '',
  'Two officials told the Eastport Gazette that the budget had doubled.',
  '',
  'According to the Port Authority, traffic rose 5 percent in 2025.',
].join('\n');

const HARBOUR_COSTS = [
  'Harbour Costs Questioned',
  '',
  '"We checked every figure twice," said Ms Park.',
  '',
  'Linda Park said the harbour would open in 2027.',
  '',
  'According to Eastport Port Authority figures, cargo fell 2 percent.',
].join('\n');

let checker: Actor;
let editor: Actor;
let planId: number;
let costsId: number;

const list = (q: Record<string, string>, actor: Actor = checker) => listRegistrySources(actor, RegistryQuerySchema.parse(q)).sources;
const entryNamed = (name: string) => {
  const found = list({ q: name }).find((s) => s.name === name);
  if (!found) throw new Error(`no registry entry ${name}`);
  return found;
};

beforeAll(async () => {
  testDb();
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
  planId = importArticle(checker, ArticleInputSchema.parse({ title: 'Harbour plan', text: HARBOUR_PLAN })).id;
  costsId = importArticle(checker, ArticleInputSchema.parse({ title: 'Harbour costs', text: HARBOUR_COSTS })).id;
});

describe('the source registry', () => {
  it('links every imported source to one entry per real-world source', () => {
    const unlinked = testDb().select().from(sources).all().filter((s) => s.registryId === null);
    expect(unlinked).toEqual([]);
    const park = entryNamed('Linda Park');
    // One claim in the plan article, two in the costs article.
    expect(park).toMatchObject({ type: 'person', articleCount: 2, claimCount: 3, ratedTrue: 0, ratedFalse: 0 });
    // Anonymous sources are kept per article.
    expect(list({ type: 'anonymous' }).filter((s) => s.name === 'Two officials')).toHaveLength(1);
  });

  it('keeps a track record of the verdicts on a source’s claims', () => {
    const claim = getArticle(checker, costsId).claims.find((c) => c.text.includes('open in 2027'))!;
    setClaimReview(checker, claim.id, { status: 'false', version: claim.version });
    const park = entryNamed('Linda Park');
    expect(park.ratedFalse).toBe(1);
    const detail = getRegistrySource(checker, park.id);
    expect(detail.trackRecord).toMatchObject({ false: 1, unreviewed: 2, true: 0 });
    expect(detail.claimCount).toBe(3);
    expect(detail.articleCount).toBe(2);
    // The most recently imported article first.
    expect(detail.articles.map((a) => a.id)).toEqual([costsId, planId]);
    expect(detail.articles.map((a) => a.claimCount)).toEqual([2, 1]);
    expect(detail.claims.find((c) => c.id === claim.id)).toMatchObject({ status: 'false', articleTitle: 'Harbour costs' });
  });

  it('leaves a dismissed claim out of the figures and takes it back when restored', () => {
    const claim = getArticle(checker, planId).claims.find((c) => c.text.includes('300 jobs'))!;
    const before = entryNamed('Linda Park');
    const dismissed = setClaimDismissed(editor, claim.id, { dismissed: true, version: claim.version });
    expect(entryNamed('Linda Park')).toMatchObject({ claimCount: before.claimCount - 1, articleCount: before.articleCount });
    expect(getRegistrySource(checker, before.id).claims.map((c) => c.id)).not.toContain(claim.id);
    setClaimDismissed(editor, claim.id, { dismissed: false, version: dismissed.version });
    expect(entryNamed('Linda Park')).toEqual(before);
    expect(getRegistrySource(checker, before.id).claims.map((c) => c.id)).toContain(claim.id);
  });

  it('lists a much-cited source’s claims newest first, a page at a time, each once', () => {
    // One claim per paragraph, most attributed to her by name and then by "she" as well.
    const text = ['Budget Hearings', '', ...Array.from({ length: 60 }, (_, i) => `Treasurer Ana Quiroga said the harbour fund held ${i + 2} million dollars in week ${i + 1}. She said it would grow.`)].join('\n\n');
    importArticle(checker, ArticleInputSchema.parse({ title: 'Budget hearings', text }));
    const id = entryNamed('Ana Quiroga').id;
    const first = getRegistrySource(checker, id);
    expect(first.claims).toHaveLength(REGISTRY_DETAIL_LIMIT);
    expect(first.claimsHasMore).toBe(true);
    const ids = first.claims.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const rest: number[] = [];
    for (let page = 2; ; page++) {
      const next = getRegistrySource(checker, id, { claimsPage: page });
      rest.push(...next.claims.map((c) => c.id));
      if (!next.claimsHasMore) break;
    }
    expect(rest.length).toBeGreaterThan(0);
    expect(Math.max(...rest)).toBeLessThan(Math.min(...ids));
    expect(new Set([...ids, ...rest]).size).toBe(first.claimCount);
    expect(first.claimCount).toBeGreaterThanOrEqual(60);
  });

  it('pages through the articles citing a source, most recently imported first', () => {
    const imported = Array.from({ length: REGISTRY_DETAIL_LIMIT + 2 }, (_, i) =>
      importArticle(checker, ArticleInputSchema.parse({ title: `Tide report ${i}`, text: `Harbourmaster Ines Calloway said the tide rose ${i + 1} centimetres.` })).id,
    );
    const id = entryNamed('Ines Calloway').id;
    const first = getRegistrySource(checker, id);
    const second = getRegistrySource(checker, id, { articlesPage: 2 });
    expect(first.articleCount).toBe(imported.length);
    expect(first.articlesHasMore).toBe(true);
    expect(second.articlesHasMore).toBe(false);
    expect([...first.articles, ...second.articles].map((a) => a.id)).toEqual(imported.reverse());
    expect(second.articles.every((a) => a.claimCount === 1)).toBe(true);
  });

  it('refuses registry edits to a fact-checker', () => {
    const park = entryNamed('Linda Park');
    expect(() => updateRegistrySource(checker, park.id, { name: 'L. Park' })).toThrow(/editor role/);
    expect(() => mergeRegistrySources(checker, park.id, entryNamed('Port Authority').id)).toThrow(/editor role/);
    expect(() => findMergeCandidates(checker, park.id)).toThrow(/editor role/);
  });

  it('merges a duplicate: its sources, claims and later imports go to the surviving entry', () => {
    const authority = entryNamed('Port Authority');
    const figures = entryNamed('Eastport Port Authority figures');
    expect(figures.type).toBe('document');
    expect(findMergeCandidates(editor, authority.id).map((c) => c.id)).toContain(figures.id);

    const result = mergeRegistrySources(editor, authority.id, figures.id);
    expect(result).toMatchObject({ id: authority.id, movedSources: 1 });
    expect(list({ q: 'Eastport Port Authority figures' }).map((s) => s.id)).toEqual([authority.id]);
    expect(entryNamed('Port Authority')).toMatchObject({ articleCount: 2, claimCount: 2 });
    // The moved source takes the survivor's type, so reports count it as an organization.
    const moved = testDb().select().from(sources).where(eq(sources.articleId, costsId)).all().find((s) => s.name === 'Eastport Port Authority figures');
    expect(moved).toMatchObject({ registryId: authority.id, type: 'organization' });
    expect(getRegistrySource(checker, figures.id).mergedIntoId).toBe(authority.id);
    expect(getRegistrySource(checker, authority.id).changes[0]).toMatchObject({
      action: 'merge',
      user: editor.name,
      before: { id: figures.id, name: 'Eastport Port Authority figures' },
    });

    const again = importArticle(checker, ArticleInputSchema.parse({ title: 'Harbour costs again', text: HARBOUR_COSTS })).id;
    const reimported = testDb().select().from(sources).where(eq(sources.articleId, again)).all().find((s) => s.name === 'Eastport Port Authority figures');
    expect(reimported).toMatchObject({ registryId: authority.id, type: 'organization' });
    expect(() => mergeRegistrySources(editor, authority.id, authority.id)).toThrow(/itself/);
    expect(() => mergeRegistrySources(editor, authority.id, figures.id)).toThrow(/not found/);
  });

  it('corrects a name, keeps the old one as an alias, and refuses a name another entry has', () => {
    const authority = entryNamed('Port Authority');
    expect(updateRegistrySource(editor, authority.id, { name: 'Eastport Port Authority' })).toEqual({ id: authority.id, name: 'Eastport Port Authority', type: 'organization' });
    expect(getRegistrySource(checker, authority.id).changes[0]).toMatchObject({ action: 'edit', before: { name: 'Port Authority' }, after: { name: 'Eastport Port Authority' } });
    const again = importArticle(checker, ArticleInputSchema.parse({ title: 'Harbour plan again', text: HARBOUR_PLAN })).id;
    const reimported = testDb().select().from(sources).where(eq(sources.articleId, again)).all().find((s) => s.name === 'Port Authority');
    expect(reimported?.registryId).toBe(authority.id);

    const park = entryNamed('Linda Park');
    let error: unknown;
    try {
      updateRegistrySource(editor, park.id, { name: 'Eastport Port Authority', type: 'organization' });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'conflict', details: { existingId: authority.id } });
    // Taking back its own old name is allowed.
    expect(updateRegistrySource(editor, authority.id, { name: 'The Port Authority' }).name).toBe('The Port Authority');
  });

  it('leaves entries without any source out of the list', () => {
    const db = testDb();
    db.insert(registrySources).values({ name: 'Nobody Anymore', type: 'person', key: 'nobody anymore' }).run();
    expect(list({ q: 'Nobody Anymore' })).toEqual([]);
  });

  it('backfills sources stored without a registry entry', () => {
    const db = testDb();
    db.update(sources).set({ registryId: null }).where(eq(sources.articleId, planId)).run();
    const count = db.select().from(sources).where(eq(sources.articleId, planId)).all().length;
    expect(backfillRegistrySources(db)).toBe(count);
    const park = db.select().from(sources).where(eq(sources.articleId, planId)).all().find((s) => s.name === 'Linda Park');
    expect(park?.registryId).toBe(entryNamed('Linda Park').id);
    expect(backfillRegistrySources(db)).toBe(0);
    expect(db.select().from(registrySources).all().filter((r) => r.name === 'Linda Park')).toHaveLength(1);
  });
});
