// Walks the role × action matrix of the README through the data-access layer itself, so that
// authorization holds whatever page, action or route calls it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { listArticles } from '@/lib/articles/list-articles.server';
import { listOrphanedClaims } from '@/lib/articles/list-orphaned-claims.server';
import { reimportArticle } from '@/lib/articles/reimport-article.server';
import { setArticlePublished } from '@/lib/articles/publish-article.server';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import { addManualClaim, setClaimDismissed } from '@/lib/claims/correct-claims.server';
import { addEvidence } from '@/lib/claims/evidence.server';
import { addPrivateNote, listPrivateNotes } from '@/lib/claims/private-notes.server';
import { findSimilarReviewedClaims } from '@/lib/claims/find-similar-reviewed-claims.server';
import { getClaimHistory } from '@/lib/claims/get-claim-history.server';
import { ClaimSearchSchema } from '@/lib/claims/schemas';
import { searchClaims } from '@/lib/claims/search-claims.server';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { getArticleExport } from '@/lib/export/get-article-export.server';
import { exportDashboardCsv } from '@/lib/reports/export-dashboard-csv.server';
import { getDashboard } from '@/lib/reports/get-dashboard.server';
import { getSourcingReport } from '@/lib/reports/get-sourcing-report.server';
import { DashboardFilterSchema } from '@/lib/reports/schemas';
import { getRegistrySource } from '@/lib/sources/get-registry-source.server';
import { listRegistrySources } from '@/lib/sources/list-registry-sources.server';
import { mergeRegistrySources } from '@/lib/sources/merge-registry-sources.server';
import { RegistryQuerySchema } from '@/lib/sources/schemas';
import { updateRegistrySource } from '@/lib/sources/update-registry-source.server';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';
import { issueApiToken, listUsers, setUserRole } from '@/lib/users/manage-users.server';
import { AppError } from '@/lib/errors';
import type { Actor } from './roles';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', 'factchecker', 'editor', 'admin'];
const RANK: Record<Who, number> = { anonymous: 0, factchecker: 1, editor: 2, admin: 3 };

let actors: Record<Who, Actor | null>;
let articleId: number;
let claimId: () => number;

beforeAll(async () => {
  testDb();
  actors = { anonymous: null, factchecker: await createTestUser('factchecker'), editor: await createTestUser('editor'), admin: await createTestUser('admin') };
  articleId = importArticle(actors.admin, ArticleInputSchema.parse({ title: 'Matrix', text: SAMPLE_ARTICLE })).id;
  claimId = () => getArticle(actors.admin, articleId).claims[0].id;
});

const current = () => getArticle(actors.admin, articleId).claims[0];
const registryId = () => listRegistrySources(actors.admin, RegistryQuerySchema.parse({})).sources[0].id;

/** Each action with the lowest role allowed to do it. */
const MATRIX: [string, Who, (a: Actor | null) => unknown][] = [
  ['list articles', 'factchecker', (a) => listArticles(a)],
  ['read an article', 'factchecker', (a) => getArticle(a, articleId)],
  ['import an article', 'factchecker', (a) => importArticle(a, ArticleInputSchema.parse({ title: 'M', text: SAMPLE_ARTICLE }))],
  ['review a claim', 'factchecker', (a) => setClaimReview(a, claimId(), { note: `n${Math.random()}`, version: current().version })],
  ['add a private note', 'factchecker', (a) => addPrivateNote(a, claimId(), { text: 'matrix' })],
  ['read private notes', 'factchecker', (a) => listPrivateNotes(a, claimId())],
  ['add evidence', 'factchecker', (a) => addEvidence(a, claimId(), { url: 'https://example.org', title: 't', stance: 'context', version: current().version })],
  ['dismiss a claim', 'factchecker', (a) => setClaimDismissed(a, claimId(), { dismissed: false, version: current().version })],
  ['add a claim', 'factchecker', (a) => {
    const c = addManualClaim(a, articleId, { start: 0, end: 4 });
    setClaimDismissed(a, c.id, { dismissed: true, version: c.version });
  }],
  ['read claim history', 'factchecker', (a) => getClaimHistory(a, claimId())],
  ['import a new version', 'factchecker', (a) => reimportArticle(a, articleId, { text: SAMPLE_ARTICLE })],
  ['list orphaned claims', 'factchecker', (a) => listOrphanedClaims(a, articleId)],
  ['search claims', 'factchecker', (a) => searchClaims(a, ClaimSearchSchema.parse({ q: 'rates' }))],
  ['find similar reviewed claims', 'factchecker', (a) => findSimilarReviewedClaims(a, claimId())],
  ['read the sourcing report', 'editor', (a) => getSourcingReport(a, articleId)],
  ['publish an article', 'editor', (a) => setArticlePublished(a, articleId, true)],
  ['export an article', 'factchecker', (a) => getArticleExport(a, articleId, 'annotations')],
  ['read the dashboard', 'editor', (a) => getDashboard(a, DashboardFilterSchema.parse({}))],
  ['export the dashboard', 'editor', (a) => exportDashboardCsv(a, DashboardFilterSchema.parse({}))],
  ['list the source registry', 'factchecker', (a) => listRegistrySources(a, RegistryQuerySchema.parse({}))],
  ['read a registry source', 'factchecker', (a) => getRegistrySource(a, registryId())],
  ['correct a registry source', 'editor', (a) => updateRegistrySource(a, registryId(), { name: getRegistrySource(actors.admin, registryId()).name })],
  // A merge into itself changes nothing and is refused as invalid, but only after the role check.
  ['merge registry sources', 'editor', (a) => {
    try {
      mergeRegistrySources(a, registryId(), registryId());
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'invalid')) throw error;
    }
  }],
  ['list users', 'admin', (a) => listUsers(a)],
  ['change a role', 'admin', (a) => setUserRole(a, (actors.editor as Actor).id, 'editor')],
  ['create an API token', 'admin', (a) => issueApiToken(a, (actors.factchecker as Actor).id, 'matrix')],
];

describe('role × action matrix', () => {
  for (const [action, minimum, run] of MATRIX) {
    for (const who of WHO) {
      const allowed = RANK[who] >= RANK[minimum];
      it(`${who} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        if (allowed) expect(() => run(actors[who])).not.toThrow();
        else expect(() => run(actors[who])).toThrow(who === 'anonymous' ? /Sign in/ : /role or higher/);
      });
    }
  }
});
