import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { claimHistory, users } from '@/db/schema';
import { loadArticleView, type ArticleView } from '@/lib/articles/article-view.server';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { env, publicUrl } from '@/lib/env';
import { notFound } from '@/lib/errors';
import { articleToCsv } from './article-csv';
import { buildClaimReviews } from './claim-review';
import { buildWebAnnotations } from './web-annotation';

export const EXPORT_FORMATS = ['csv', 'json', 'claimreview', 'annotations'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
  annotations: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
};

const FILE_SUFFIX: Record<ExportFormat, string> = {
  csv: 'claims.csv',
  json: 'article.json',
  claimreview: 'claimreview.jsonld',
  annotations: 'annotations.jsonld',
};

/** The article as the outside world should see it: claims a fact-checker dismissed are left out. */
export function loadExportableArticle(articleId: number): ArticleView | null {
  const view = loadArticleView({ id: articleId });
  return view && { ...view, claims: view.claims.filter((c) => !c.dismissed) };
}

/** One article in one export format: fact-checkers and up (they see all of it on the desk anyway). */
export function getArticleExport(actor: Actor | null, articleId: number, format: ExportFormat): ExportFile {
  requireRole(actor, 'factchecker');
  const article = loadExportableArticle(articleId);
  if (!article) throw notFound(`Article ${articleId}`);
  const readerUrl = `${publicUrl()}/a/${article.slug}`;
  let body: string;
  switch (format) {
    case 'csv':
      body = articleToCsv(article);
      break;
    case 'json':
      body = JSON.stringify(withReviews(article), null, 2);
      break;
    case 'claimreview':
      body = JSON.stringify(buildClaimReviews(article, readerUrl, env().FACTCHECK_ORG), null, 2);
      break;
    case 'annotations':
      body = JSON.stringify(
        buildWebAnnotations(article, {
          target: article.url ?? readerUrl,
          collection: `${publicUrl()}/api/articles/${article.id}/export?format=annotations`,
        }),
        null,
        2,
      );
      break;
  }
  return { body, contentType: CONTENT_TYPES[format], filename: `${article.slug}-${FILE_SUFFIX[format]}` };
}

/** The full article plus, per claim, the history of its review (evidence is already in the view). */
function withReviews(article: ArticleView) {
  const ids = article.claims.map((c) => c.id);
  const historyRows = ids.length
    ? getDb()
        .select({ claimId: claimHistory.claimId, at: claimHistory.at, user: users.name, field: claimHistory.field, before: claimHistory.before, after: claimHistory.after, version: claimHistory.version })
        .from(claimHistory)
        .innerJoin(users, eq(users.id, claimHistory.userId))
        .where(inArray(claimHistory.claimId, ids))
        .orderBy(asc(claimHistory.id))
        .all()
    : [];
  const historyBy = new Map<number, object[]>();
  for (const { claimId, at, ...rest } of historyRows) historyBy.set(claimId, [...(historyBy.get(claimId) ?? []), { at: at.toISOString(), ...rest }]);
  return { ...article, claims: article.claims.map((c) => ({ ...c, reviewHistory: historyBy.get(c.id) ?? [] })) };
}
