import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { articles, blocks, claims, claimSources, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { extract, type Extraction } from '@/lib/extract';
import { upsertRegistrySource } from '@/lib/sources/upsert-registry-source';
import { anchorContext } from './anchors';
import { slugify, uniqueSlug } from './slug';
import type { ValidArticleInput } from './schemas';

export interface ImportedArticle {
  id: number;
  slug: string;
  claimCount: number;
  sourceCount: number;
}

/**
 * Runs the extractor on the text and stores the article, its blocks, claims, sources and
 * claim–source links in one IMMEDIATE transaction: a failure anywhere leaves no trace.
 */
export function importArticle(actor: Actor | null, input: ValidArticleInput): ImportedArticle {
  const user = requireRole(actor, 'factchecker');
  // Extraction is pure CPU work: done before the write lock is taken.
  const extraction = extract(input.text);
  const db = getDb();
  const now = new Date();

  return db.transaction(
    (tx) => {
      const slug = uniqueSlug(slugify(input.title), (candidate) =>
        Boolean(tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, candidate)).get()),
      );
      const article = tx
        .insert(articles)
        .values({
          slug,
          title: input.title,
          outlet: input.outlet,
          author: input.author,
          url: input.url,
          publicationDate: input.publicationDate,
          body: input.text,
          createdBy: user.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: articles.id })
        .get();

      const { sourceIds } = storeExtraction(tx, article.id, input.text, extraction, now);
      return { id: article.id, slug, claimCount: extraction.claims.length, sourceCount: sourceIds.length };
    },
    { behavior: 'immediate' },
  );
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Writes an extraction of `body` into the article: blocks, sources, claims (with the context that
 * finds them again in a later revision) and claim–source links. Call inside a transaction.
 * A re-import passes `continuing` (extraction claim index → id of an existing claim that becomes
 * it: updated in place, keeping its review and position), `skip` (extraction claims not to store)
 * and `firstPosition` (positions are stable link targets, so new claims take fresh ones).
 */
export function storeExtraction(
  tx: Tx,
  articleId: number,
  body: string,
  extraction: Extraction,
  now: Date,
  {
    continuing = new Map<number, number>(),
    skip = new Set<number>(),
    firstPosition = 1,
  }: { continuing?: Map<number, number>; skip?: Set<number>; firstPosition?: number } = {},
): { claimIds: (number | undefined)[]; sourceIds: number[] } {
  if (extraction.blocks.length > 0) {
    tx.insert(blocks)
      .values(extraction.blocks.map((b, position) => ({ articleId, position, start: b.start, end: b.end, kind: b.kind })))
      .run();
  }

  // Multi-row inserts, in chunks that stay well inside SQLite's limit on bound parameters;
  // RETURNING gives the new ids in insertion order. Each source is first matched to its registry
  // entry, whose type wins over the extractor's: it may hold an editor's correction.
  const sourceRows = extraction.sources.map((s) => {
    const entry = upsertRegistrySource(tx, { name: s.name, type: s.type, articleId });
    return { articleId, name: s.name, type: entry.type, registryId: entry.id };
  });
  const sourceIds = chunks(sourceRows, 500).flatMap((chunk) =>
    tx
      .insert(sources)
      .values(chunk)
      .returning({ id: sources.id })
      .all()
      .map((r) => r.id),
  );

  const fields = (claim: Extraction['claims'][number]) => ({
    start: claim.start,
    end: claim.end,
    text: claim.text,
    checkworthiness: claim.checkworthiness,
    vagueAttribution: claim.vagueAttribution,
    duplicateOfId: null,
    explanation: claim.explanation,
    ...anchorContext(body, claim.start, claim.end),
  });
  const claimIds: (number | undefined)[] = [];
  const fresh = extraction.claims.map((claim, index) => ({ claim, index })).filter(({ index }) => !skip.has(index) && !continuing.has(index));
  chunks(fresh, 200).forEach((chunk, c) => {
    const ids = tx
      .insert(claims)
      .values(chunk.map(({ claim }, i) => ({ articleId, position: firstPosition + c * 200 + i, ...fields(claim), createdAt: now })))
      .returning({ id: claims.id })
      .all();
    chunk.forEach(({ index }, i) => (claimIds[index] = ids[i].id));
  });
  for (const [index, id] of continuing) {
    tx.update(claims).set({ ...fields(extraction.claims[index]), orphaned: false }).where(eq(claims.id, id)).run();
    claimIds[index] = id;
  }
  extraction.claims.forEach((claim, index) => {
    const id = claimIds[index];
    const duplicateOf = claim.duplicateOf === null ? undefined : claimIds[claim.duplicateOf];
    if (id !== undefined && duplicateOf !== undefined) tx.update(claims).set({ duplicateOfId: duplicateOf }).where(eq(claims.id, id)).run();
  });
  const links = extraction.claims.flatMap((claim, index) => {
    const claimId = claimIds[index];
    if (claimId === undefined) return [];
    return claim.attributions.map((a) => ({
      claimId,
      sourceId: sourceIds[a.source],
      mentionStart: a.mention?.start ?? null,
      mentionEnd: a.mention?.end ?? null,
      mentionText: a.mention?.text ?? null,
      cue: a.cue,
      viaName: a.via?.name ?? null,
      viaType: a.via?.type ?? null,
      rule: a.rule,
      explanation: a.explanation,
    }));
  });
  for (const chunk of chunks(links, 500)) tx.insert(claimSources).values(chunk).run();
  return { claimIds, sourceIds };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
