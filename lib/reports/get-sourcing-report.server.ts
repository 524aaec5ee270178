import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, claims, claimSources, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { notFound } from '@/lib/errors';
import { computeSourcingReport, type ReportClaim, type SourcingReport } from './compute-sourcing-report';

export interface ArticleSourcingReport extends SourcingReport {
  article: { id: number; slug: string; title: string; outlet: string | null; published: boolean };
}

/** The sourcing report of one article: editors and up. */
export function getSourcingReport(actor: Actor | null, articleId: number): ArticleSourcingReport {
  requireRole(actor, 'editor');
  const db = getDb();
  const article = db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, outlet: articles.outlet, published: articles.published })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!article) throw notFound(`Article ${articleId}`);

  const claimRows = db
    .select({
      id: claims.id,
      position: claims.position,
      text: claims.text,
      status: claims.status,
      checkworthiness: claims.checkworthiness,
      vague: claims.vagueAttribution,
      duplicateOf: claims.duplicateOfId,
    })
    .from(claims)
    // A dismissed claim is not part of what the article claims; an orphaned one no longer has a place in the text.
    .where(and(eq(claims.articleId, articleId), eq(claims.dismissed, false), eq(claims.orphaned, false)))
    .orderBy(asc(claims.position))
    .all();
  const links = db
    .select({ claimId: claimSources.claimId, sourceId: claimSources.sourceId, type: sources.type })
    .from(claimSources)
    .innerJoin(claims, eq(claims.id, claimSources.claimId))
    .innerJoin(sources, eq(sources.id, claimSources.sourceId))
    .where(and(eq(claims.articleId, articleId), eq(claims.dismissed, false)))
    .all();

  const typesByClaim = new Map<number, Map<number, ReportClaim['sourceTypes'][number]>>();
  for (const link of links) {
    const bySource = typesByClaim.get(link.claimId) ?? new Map();
    bySource.set(link.sourceId, link.type);
    typesByClaim.set(link.claimId, bySource);
  }
  const reportClaims: ReportClaim[] = claimRows.map((c) => ({
    id: c.id,
    position: c.position,
    text: c.text,
    status: c.status,
    checkworthiness: c.checkworthiness,
    checkworthy: c.checkworthiness >= 0.5,
    vague: c.vague !== null,
    duplicate: c.duplicateOf !== null,
    sourceTypes: [...(typesByClaim.get(c.id)?.values() ?? [])],
  }));
  return { article, ...computeSourcingReport(reportClaims) };
}
