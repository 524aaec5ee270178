import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { articles, blocks, claims, claimSources, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { extract, type Extraction } from '@/lib/extract';
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

      const stored = storeExtraction(tx, article.id, input.text, extraction, now);
      return { id: article.id, slug, claimCount: extraction.claims.length, sourceCount: stored.sourceIds.length };
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

  const sourceIds = extraction.sources.map(
    (s) => tx.insert(sources).values({ articleId, name: s.name, type: s.type }).returning({ id: sources.id }).get().id,
  );

  const claimIds: (number | undefined)[] = [];
  const links: (typeof claimSources.$inferInsert)[] = [];
  let position = firstPosition;
  extraction.claims.forEach((c, index) => {
    if (skip.has(index)) {
      claimIds.push(undefined);
      return;
    }
    const values = {
      start: c.start,
      end: c.end,
      text: c.text,
      checkworthiness: c.checkworthiness,
      vagueAttribution: c.vagueAttribution,
      duplicateOfId: c.duplicateOf === null ? null : (claimIds[c.duplicateOf] ?? null),
      explanation: c.explanation,
      ...anchorContext(body, c.start, c.end),
    };
    const existing = continuing.get(index);
    const claimId =
      existing === undefined
        ? tx.insert(claims).values({ articleId, position: position++, ...values, createdAt: now }).returning({ id: claims.id }).get().id
        : tx.update(claims).set({ ...values, orphaned: false }).where(eq(claims.id, existing)).returning({ id: claims.id }).get().id;
    claimIds.push(claimId);
    for (const a of c.attributions) {
      links.push({
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
      });
    }
  });
  // SQLite limits bound parameters per statement; 10 columns × 500 rows stays well inside it.
  for (let i = 0; i < links.length; i += 500) tx.insert(claimSources).values(links.slice(i, i + 500)).run();
  return { claimIds, sourceIds };
}
