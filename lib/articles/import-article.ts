import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, blocks, claims, claimSources, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { extract } from '@/lib/extract';
import { upsertRegistrySource } from '@/lib/sources/upsert-registry-source';
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

      const sourceIds = extraction.sources.map(
        (s) => {
          // The registry's type wins over the extractor's: it may hold an editor's correction.
          const entry = upsertRegistrySource(tx, { name: s.name, type: s.type, articleId: article.id });
          return tx.insert(sources).values({ articleId: article.id, name: s.name, type: entry.type, registryId: entry.id }).returning({ id: sources.id }).get().id;
        },
      );

      const claimIds: number[] = [];
      const links: (typeof claimSources.$inferInsert)[] = [];
      extraction.claims.forEach((c, index) => {
        const claimId = tx
          .insert(claims)
          .values({
            articleId: article.id,
            position: index + 1,
            start: c.start,
            end: c.end,
            text: c.text,
            checkworthiness: c.checkworthiness,
            vagueAttribution: c.vagueAttribution,
            duplicateOfId: c.duplicateOf === null ? null : claimIds[c.duplicateOf],
            explanation: c.explanation,
            createdAt: now,
          })
          .returning({ id: claims.id })
          .get().id;
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

      return { id: article.id, slug, claimCount: claimIds.length, sourceCount: sourceIds.length };
    },
    { behavior: 'immediate' },
  );
}
