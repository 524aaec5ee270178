import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, blocks, claims, claimSources, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { extract } from '@/lib/extract';
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

      if (extraction.blocks.length > 0) {
        tx.insert(blocks)
          .values(extraction.blocks.map((b, position) => ({ articleId: article.id, position, start: b.start, end: b.end, kind: b.kind })))
          .run();
      }

      // Multi-row inserts, in chunks that stay well inside SQLite's limit on bound parameters;
      // RETURNING gives the new ids in insertion order. Each source is first matched to its registry
      // entry, whose type wins over the extractor's: it may hold an editor's correction.
      const sourceRows = extraction.sources.map((s) => {
        const entry = upsertRegistrySource(tx, { name: s.name, type: s.type, articleId: article.id });
        return { articleId: article.id, name: s.name, type: entry.type, registryId: entry.id };
      });
      const sourceIds = chunks(sourceRows, 500).flatMap((chunk) =>
        tx
          .insert(sources)
          .values(chunk)
          .returning({ id: sources.id })
          .all()
          .map((r) => r.id),
      );
      const claimIds = chunks(extraction.claims, 200).flatMap((chunk, c) =>
        tx
          .insert(claims)
          .values(
            chunk.map((claim, i) => ({
              articleId: article.id,
              position: c * 200 + i + 1,
              start: claim.start,
              end: claim.end,
              text: claim.text,
              checkworthiness: claim.checkworthiness,
              vagueAttribution: claim.vagueAttribution,
              explanation: claim.explanation,
              ...anchorContext(input.text, claim.start, claim.end),
              createdAt: now,
            })),
          )
          .returning({ id: claims.id })
          .all()
          .map((r) => r.id),
      );
      extraction.claims.forEach((claim, index) => {
        if (claim.duplicateOf !== null) tx.update(claims).set({ duplicateOfId: claimIds[claim.duplicateOf] }).where(eq(claims.id, claimIds[index])).run();
      });
      const links = extraction.claims.flatMap((claim, index) =>
        claim.attributions.map((a) => ({
          claimId: claimIds[index],
          sourceId: sourceIds[a.source],
          mentionStart: a.mention?.start ?? null,
          mentionEnd: a.mention?.end ?? null,
          mentionText: a.mention?.text ?? null,
          cue: a.cue,
          viaName: a.via?.name ?? null,
          viaType: a.via?.type ?? null,
          rule: a.rule,
          explanation: a.explanation,
        })),
      );
      for (const chunk of chunks(links, 500)) tx.insert(claimSources).values(chunk).run();

      return { id: article.id, slug, claimCount: claimIds.length, sourceCount: sourceIds.length };
    },
    { behavior: 'immediate' },
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
