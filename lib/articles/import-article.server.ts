import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { articles, blocks, claims, claimSources, sources, type SourceType } from '@/db/schema';
import { numberedValues, placeholderRows, powerOfTwoChunks, powerOfTwoRowStatements, statementsPerConnection } from '@/db/prepared-statements';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { extract, type Extraction } from '@/lib/extract';
import { upsertRegistrySource, viaRegistryId } from '@/lib/sources/upsert-registry-source.server';
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
      const statements = importStatements(tx);
      const slug = uniqueSlug(slugify(input.title), (candidate) => statements.articleWithSlug.get({ slug: candidate }) !== undefined);
      const article = statements.insertArticle.get({
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
      })!;

      const { sourceIds } = storeExtraction(tx, article.id, input.text, extraction, now);
      return { id: article.id, slug, claimCount: extraction.claims.length, sourceCount: sourceIds.length };
    },
    { behavior: 'immediate' },
  );
}

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
  const statements = importStatements(tx);
  const blockRows = extraction.blocks.map((b, position) => ({ articleId, position, start: b.start, end: b.end, kind: b.kind }));
  for (const chunk of powerOfTwoChunks(blockRows, MAX_ROWS)) statements.insertBlocks(chunk.length).run(numberedValues(BLOCK_COLUMNS, chunk));

  // Each source is first matched to its registry entry, whose type wins over the extractor's: it
  // may hold an editor's correction. RETURNING gives the new ids in insertion order.
  const sourceRows = extraction.sources.map((s) => {
    const entry = upsertRegistrySource(tx, { name: s.name, type: s.type, articleId });
    return { articleId, name: s.name, type: entry.type, registryId: entry.id };
  });
  const sourceIds = powerOfTwoChunks(sourceRows, MAX_ROWS).flatMap((chunk) =>
    statements
      .insertSources(chunk.length)
      .all(numberedValues(SOURCE_COLUMNS, chunk))
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
  let position = firstPosition;
  for (const chunk of powerOfTwoChunks(fresh, MAX_ROWS)) {
    const rows = chunk.map(({ claim }) => ({ articleId, position: position++, ...fields(claim), createdAt: now }));
    const ids = statements.insertClaims(chunk.length).all(numberedValues(CLAIM_COLUMNS, rows));
    chunk.forEach(({ index }, i) => (claimIds[index] = ids[i].id));
  }
  // Re-imports only, a handful of rows: not worth a statement of its own.
  for (const [index, id] of continuing) {
    tx.update(claims).set({ ...fields(extraction.claims[index]), orphaned: false }).where(eq(claims.id, id)).run();
    claimIds[index] = id;
  }
  // Set once every claim has its id: a duplicate mostly points at a claim inserted by the same statement.
  extraction.claims.forEach((claim, index) => {
    const id = claimIds[index];
    const duplicateOf = claim.duplicateOf === null ? undefined : claimIds[claim.duplicateOf];
    if (id !== undefined && duplicateOf !== undefined) statements.setDuplicateOf.run({ id, duplicateOfId: duplicateOf });
  });

  // Relaying outlets recur across an article's links: each is looked up in the registry once.
  const viaIds = new Map<string, number | null>();
  const viaId = (via: { name: string; type: SourceType } | null | undefined) => {
    if (!via) return null;
    const key = `${via.type}\u0000${via.name}`;
    if (!viaIds.has(key)) viaIds.set(key, viaRegistryId(tx, via, articleId));
    return viaIds.get(key)!;
  };
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
      viaRegistryId: viaId(a.via),
      rule: a.rule,
      explanation: a.explanation,
    }));
  });
  for (const chunk of powerOfTwoChunks(links, MAX_ROWS)) statements.insertLinks(chunk.length).run(numberedValues(LINK_COLUMNS, chunk));
  return { claimIds, sourceIds };
}

/**
 * The import's statements, prepared once per connection (multi-row inserts once per row count).
 * Building and preparing every query anew cost ~6 ms of a ~25 ms import at archive scale, more than
 * SQLite took to run them. Rows go in several to a statement: FTS5 writes the terms pending in a
 * transaction out as a new index segment at the start of each statement, so one insert per claim
 * cost ~2 ms more than one per 64.
 */
const importStatements = statementsPerConnection((db) => {
  const p = sql.placeholder;
  return {
    articleWithSlug: db.select({ id: articles.id }).from(articles).where(eq(articles.slug, p('slug'))).prepare(),
    insertArticle: db
      .insert(articles)
      .values({
        slug: p('slug'),
        title: p('title'),
        outlet: p('outlet'),
        author: p('author'),
        url: p('url'),
        publicationDate: p('publicationDate'),
        body: p('body'),
        createdBy: p('createdBy'),
        createdAt: p('createdAt'),
        updatedAt: p('updatedAt'),
      })
      .returning({ id: articles.id })
      .prepare(),
    insertBlocks: powerOfTwoRowStatements(MAX_ROWS, (rows) => db.insert(blocks).values(placeholderRows(BLOCK_COLUMNS, rows)).prepare()),
    insertSources: powerOfTwoRowStatements(MAX_ROWS, (rows) => db.insert(sources).values(placeholderRows(SOURCE_COLUMNS, rows)).returning({ id: sources.id }).prepare()),
    insertClaims: powerOfTwoRowStatements(MAX_ROWS, (rows) => db.insert(claims).values(placeholderRows(CLAIM_COLUMNS, rows)).returning({ id: claims.id }).prepare()),
    insertLinks: powerOfTwoRowStatements(MAX_ROWS, (rows) => db.insert(claimSources).values(placeholderRows(LINK_COLUMNS, rows)).prepare()),
    // drizzle's types take no bare placeholder in set(); wrapped in sql, it is bound as given (an id).
    setDuplicateOf: db
      .update(claims)
      .set({ duplicateOfId: sql`${p('duplicateOfId')}` })
      .where(eq(claims.id, p('id')))
      .prepare(),
  };
});

/** Most rows in one insert statement: 64 claims bind ~1,300 parameters (defaults included), well inside SQLite's limit. */
const MAX_ROWS = 64;
const BLOCK_COLUMNS = ['articleId', 'position', 'start', 'end', 'kind'] as const;
const SOURCE_COLUMNS = ['articleId', 'name', 'type', 'registryId'] as const;
const CLAIM_COLUMNS = [
  'articleId',
  'position',
  'start',
  'end',
  'text',
  'checkworthiness',
  'vagueAttribution',
  'duplicateOfId',
  'explanation',
  'anchorPrefix',
  'anchorSuffix',
  'createdAt',
] as const;
const LINK_COLUMNS = ['claimId', 'sourceId', 'mentionStart', 'mentionEnd', 'mentionText', 'cue', 'viaName', 'viaType', 'viaRegistryId', 'rule', 'explanation'] as const;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
