// The hot queries must find claims and claim–source links through an index: a full scan of either
// table is what makes a page slow once the archive holds hundreds of thousands of claims.
// Every statement the data-access layer prepares while serving the hot paths is captured and
// explained; none may SCAN the claims or claim_sources tables.
import { beforeAll, describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles/get-article.server';
import { getPublishedArticle } from '@/lib/articles/get-published-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { listArticles } from '@/lib/articles/list-articles.server';
import { setArticlePublished } from '@/lib/articles/publish-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { getClaimHistory } from '@/lib/claims/get-claim-history.server';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { getSourcingReport } from '@/lib/reports/get-sourcing-report.server';
import { exportDashboardCsv } from '@/lib/reports/export-dashboard-csv.server';
import { getDashboard } from '@/lib/reports/get-dashboard.server';
import { DashboardFilterSchema } from '@/lib/reports/schemas';
import { findSimilarReviewedClaims } from '@/lib/claims/find-similar-reviewed-claims.server';
import { ClaimSearchSchema } from '@/lib/claims/schemas';
import { searchClaims } from '@/lib/claims/search-claims.server';
import { getRegistrySource } from '@/lib/sources/get-registry-source.server';
import { listRegistrySources } from '@/lib/sources/list-registry-sources.server';
import { RegistryQuerySchema } from '@/lib/sources/schemas';
import { sources } from '@/db/schema';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { capture, fullScans, queryPlan } from '@/lib/testing/query-plans';

let editor: Actor;
let articleId: number;
let slug: string;

beforeAll(async () => {
  testDb();
  editor = await createTestUser('editor');
  ({ id: articleId, slug } = importArticle(editor, ArticleInputSchema.parse({ title: 'Plans', text: SAMPLE_ARTICLE })));
  setArticlePublished(editor, articleId, true);
  // No ANALYZE: on a few rows its statistics would make any scan look cheap. Without statistics
  // SQLite plans as for large tables, which is the case this test is about.
});

const search = (q: Record<string, string>) => () => searchClaims(editor, ClaimSearchSchema.parse(q));
const dashboard = (q: Record<string, string>) => () => getDashboard(editor, DashboardFilterSchema.parse(q));
const registryId = () => testDb().select({ id: sources.registryId }).from(sources).limit(1).get()!.id!;

const HOT_PATHS: [string, () => void][] = [
  ['import', () => importArticle(editor, ArticleInputSchema.parse({ title: 'Plans again', text: SAMPLE_ARTICLE }))],
  ['desk article list', () => listArticles(editor)],
  ['desk article list, later page', () => listArticles(editor, 3)],
  ['dashboard', dashboard({})],
  ['dashboard by outlet', dashboard({ outlet: 'Gazette' })],
  ['dashboard by author and status', dashboard({ author: 'Ann', status: 'published' })],
  ['dashboard by date range', dashboard({ from: '2026-01-01', to: '2026-03-31' })],
  ['dashboard CSV', () => exportDashboardCsv(editor, DashboardFilterSchema.parse({ outlet: 'Gazette' }))],
  ['claim search', search({ q: 'water rates' })],
  ['claim search by status', search({ q: 'board', status: 'true' })],
  ['claim search by source type', search({ q: 'board', sourceType: 'anonymous' })],
  ['claim search, unattributed', search({ q: 'board', sourceType: 'unattributed' })],
  ['claim search by outlet and article', () => search({ q: 'board', outlet: 'Gazette', article: String(articleId) })()],
  ['claim search, later page', search({ q: 'board', page: '3' })],
  ['similar claims', () => findSimilarReviewedClaims(editor, getArticle(editor, articleId).claims[0].id)],
  ['source registry', () => listRegistrySources(editor, RegistryQuerySchema.parse({}))],
  ['source registry by name and type', () => listRegistrySources(editor, RegistryQuerySchema.parse({ q: 'park', type: 'person', page: '2' }))],
  ['source registry entry', () => getRegistrySource(editor, registryId())],
  ['source registry entry, later pages', () => getRegistrySource(editor, registryId(), { claimsPage: 2, articlesPage: 2 })],
  ['workspace data', () => getArticle(editor, articleId)],
  ['claim history', () => getClaimHistory(editor, getArticle(editor, articleId).claims[0].id)],
  ['sourcing report', () => getSourcingReport(editor, articleId)],
  ['reader page data', () => getPublishedArticle(slug)],
  [
    'status change',
    () => {
      const claim = getArticle(editor, articleId).claims[1];
      setClaimReview(editor, claim.id, { status: 'true', version: claim.version });
    },
  ],
];

describe('query plans of the hot paths', () => {
  for (const [name, work] of HOT_PATHS) {
    it(`${name} scans neither claims nor claim_sources`, () => {
      const statements = capture(work);
      expect(statements.length).toBeGreaterThan(0);
      for (const sql of statements) expect(fullScans(sql), sql).toEqual([]);
    });
  }

  // Triggers run inside every write (migration 0005 keeps the per-article figures with them), so a
  // scan in one would slow each import and review down as the archive grows.
  it('triggers scan neither claims nor claim_sources', () => {
    const statements = triggerStatements();
    expect(statements.map((s) => s.trigger)).toContain('article_figures_claim_update');
    for (const { trigger, statement, explainable } of statements) expect(fullScans(explainable), `${trigger}: ${statement}`).toEqual([]);
  });

  // The registry's triggers (migration 0011) run once per source and link of every import: they
  // read nothing but single rows and index ranges, of any table.
  it('registry triggers scan no table at all', () => {
    const statements = triggerStatements().filter((s) => s.trigger.startsWith('registry'));
    expect(new Set(statements.map((s) => s.trigger)).size).toBeGreaterThanOrEqual(10);
    for (const { trigger, statement, explainable } of statements) {
      expect(queryPlan(explainable).filter((d) => d.startsWith('SCAN ')), `${trigger}: ${statement}`).toEqual([]);
    }
  });

  it('would notice a full scan', () => {
    expect(fullScans('select * from claims where note = ?')).toEqual(['SCAN claims']);
  });
});

/** Every statement of every trigger, and the same with new.x and old.x as parameters, so that it can be explained. */
function triggerStatements(): { trigger: string; statement: string; explainable: string }[] {
  const triggers = testDb().$client.prepare(`select name, sql from sqlite_master where type = 'trigger'`).all() as { name: string; sql: string }[];
  return triggers.flatMap(({ name, sql }) =>
    sql
      .slice(sql.search(/\bBEGIN\b/i) + 5, sql.search(/\bEND\s*$/i))
      .split(';')
      .map((s) => s.trim())
      // RAISE() cannot be explained outside a trigger; those statements read no table anyway.
      .filter((s) => s && !/^SELECT RAISE\(/i.test(s))
      // new.x and old.x are values fixed for the statement, as parameters are.
      .map((statement) => ({ trigger: name, statement, explainable: statement.replace(/\b(new|old)\.\w+/gi, '?') })),
  );
}
