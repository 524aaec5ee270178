import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, claims, claimSources, sources, type SourceType } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { parseCsv } from '@/lib/export/to-csv';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { DASHBOARD_CSV_COLUMNS, exportDashboardCsv } from './export-dashboard-csv.server';
import { getDashboard } from './get-dashboard.server';
import { listFilterOptions } from './list-filter-options.server';
import { DashboardFilterSchema } from './schemas';

// Rows inserted directly, so that every figure below can be worked out by hand:
//   A1 Gazette/Ann 2026-01-10 published: c1 [person] true · c2 [anonymous] · c3 [] · c4 [anonymous, media] false · c5 [] dismissed
//   A2 Gazette/Bob 2026-02-05 draft:     c6 [anonymous, anonymous] mostly true · c7 [organization]
//   A3 Courier/Ann no date, imported 2026-02-20, draft: c8 [] opinion · c9 [anonymous] in progress
//   A4 Courier/no author 2025-12-31 published: no claims
// Anonymous only: c2 c6 c9. Unattributed: c3 c8. Reviewed: c1 c4 c6 c8.
let checkerA: Actor;
let checkerB: Actor;
let editor: Actor;
const ids: Record<string, number> = {};

function addArticle(name: string, v: { outlet: string; author: string | null; publicationDate: string | null; published: boolean; createdAt?: Date }) {
  const now = v.createdAt ?? new Date('2026-03-01T00:00:00Z');
  ids[name] = testDb()
    .insert(articles)
    .values({ slug: `${name}-${Math.random()}`, title: `Article ${name}`, body: 'x', createdBy: editor.id, createdAt: now, updatedAt: now, ...v })
    .returning({ id: articles.id })
    .get().id;
}

function addClaim(name: string, article: string, position: number, types: SourceType[]) {
  const db = testDb();
  const claimId = db
    .insert(claims)
    .values({ articleId: ids[article], position, start: 0, end: 1, text: `Claim ${name}`, checkworthiness: 0.9 })
    .returning({ id: claims.id })
    .get().id;
  types.forEach((type, i) => {
    const sourceId = db.insert(sources).values({ articleId: ids[article], name: `${name}-${type}-${i}`, type }).returning({ id: sources.id }).get().id;
    db.insert(claimSources).values({ claimId, sourceId, rule: 'test' }).run();
  });
  ids[name] = claimId;
}

function review(actor: Actor, claim: string, ...statuses: Parameters<typeof setClaimReview>[2]['status'][]) {
  for (const status of statuses) {
    const { version } = testDb().select({ version: claims.version }).from(claims).where(eq(claims.id, ids[claim])).get()!;
    setClaimReview(actor, ids[claim], { status, version });
  }
}

const dashboard = (q: Record<string, string> = {}) => getDashboard(editor, DashboardFilterSchema.parse(q));

beforeAll(async () => {
  testDb();
  checkerA = await createTestUser('factchecker');
  checkerB = await createTestUser('factchecker');
  editor = await createTestUser('editor');
  addArticle('A1', { outlet: 'Gazette', author: 'Ann', publicationDate: '2026-01-10', published: true });
  addArticle('A2', { outlet: 'Gazette', author: 'Bob', publicationDate: '2026-02-05', published: false });
  addArticle('A3', { outlet: 'Courier', author: 'Ann', publicationDate: null, published: false, createdAt: new Date('2026-02-20T12:00:00Z') });
  addArticle('A4', { outlet: 'Courier', author: null, publicationDate: '2025-12-31', published: true });
  addClaim('c1', 'A1', 1, ['person']);
  addClaim('c2', 'A1', 2, ['anonymous']);
  addClaim('c3', 'A1', 3, []);
  addClaim('c4', 'A1', 4, ['anonymous', 'media']);
  addClaim('c5', 'A1', 5, []);
  addClaim('c6', 'A2', 1, ['anonymous', 'anonymous']);
  addClaim('c7', 'A2', 2, ['organization']);
  addClaim('c8', 'A3', 1, []);
  addClaim('c9', 'A3', 2, ['anonymous']);
  // Checker A: 3 decisions on 2 claims (in progress is not a decision). Checker B: 2 counted decisions;
  // the one on the dismissed claim c5 does not count.
  review(checkerA, 'c1', 'false', 'true');
  review(checkerA, 'c4', 'in_progress', 'false');
  review(checkerB, 'c6', 'mostly_true');
  review(checkerB, 'c8', 'opinion');
  review(checkerB, 'c9', 'in_progress');
  review(checkerB, 'c5', 'false');
  testDb().update(claims).set({ dismissed: true }).where(eq(claims.id, ids.c5)).run();
});

const figures = (articles: number, claims: number, anonymousOnly: number, unattributed: number, reviewed: number) => ({
  articles,
  claims,
  anonymousOnly,
  unattributed,
  reviewed,
  anonymousShare: claims ? anonymousOnly / claims : 0,
  unattributedShare: claims ? unattributed / claims : 0,
});

describe('getDashboard', () => {
  it('totals sourcing over all articles, leaving dismissed claims out', () => {
    expect(dashboard().totals).toEqual(figures(4, 8, 3, 2, 4));
  });

  it('gives anonymous and unattributed shares per outlet and per author, largest first', () => {
    const d = dashboard();
    expect(d.byOutlet.rows).toEqual([
      { key: 'Gazette', ...figures(2, 6, 2, 1, 3) },
      { key: 'Courier', ...figures(2, 2, 1, 1, 1) },
    ]);
    expect(d.byAuthor.rows).toEqual([
      { key: 'Ann', ...figures(2, 6, 2, 2, 3) },
      { key: 'Bob', ...figures(1, 2, 1, 0, 1) },
      { key: null, ...figures(1, 0, 0, 0, 0) },
    ]);
    expect(d.byOutlet.hasMore).toBe(false);
  });

  it('trends per month of the article’s date, falling back to the import date', () => {
    expect(dashboard().byMonth).toEqual([
      { key: '2025-12', ...figures(1, 0, 0, 0, 0) },
      { key: '2026-01', ...figures(1, 4, 1, 1, 2) },
      { key: '2026-02', ...figures(2, 4, 2, 1, 2) },
    ]);
  });

  it('counts review decisions per person from the claim history', () => {
    expect(dashboard().throughput.map((t) => [t.name, t.decisions, t.claims])).toEqual([
      [checkerA.name, 3, 2],
      [checkerB.name, 2, 2],
    ]);
    expect(dashboard({ outlet: 'Courier' }).throughput.map((t) => [t.name, t.decisions])).toEqual([[checkerB.name, 1]]);
  });

  it('filters by outlet, author, status and date range', () => {
    expect(dashboard({ outlet: 'Gazette', status: 'draft' }).totals).toEqual(figures(1, 2, 1, 0, 1));
    expect(dashboard({ author: 'Ann', status: 'published' }).totals).toEqual(figures(1, 4, 1, 1, 2));
    expect(dashboard({ from: '2026-02-01', to: '2026-02-28' }).totals).toEqual(figures(2, 4, 2, 1, 2));
    expect(dashboard({ to: '2026-01-31' }).totals).toEqual(figures(2, 4, 1, 1, 2));
    // A malformed filter is ignored rather than failing the page.
    expect(dashboard({ from: 'yesterday', status: 'gone' }).totals).toEqual(figures(4, 8, 3, 2, 4));
  });

  it('is for editors only', () => {
    expect(() => getDashboard(checkerA, DashboardFilterSchema.parse({}))).toThrow(/editor role/);
    expect(() => listFilterOptions(checkerA)).toThrow(/editor role/);
  });

  it('suggests the outlets and authors there are', () => {
    expect(listFilterOptions(editor)).toEqual({ outlets: ['Courier', 'Gazette'], authors: ['Ann', 'Bob'] });
  });
});

describe('exportDashboardCsv', () => {
  it('writes one row per matching article that parses back to the figures', () => {
    const [header, ...rows] = parseCsv(exportDashboardCsv(editor, DashboardFilterSchema.parse({ outlet: 'Gazette' })));
    expect(header).toEqual([...DASHBOARD_CSV_COLUMNS]);
    expect(rows).toEqual([
      [String(ids.A1), 'Article A1', 'Gazette', 'Ann', '2026-01-10', 'true', '4', '1', '1', '2', '0.250', '0.250'],
      [String(ids.A2), 'Article A2', 'Gazette', 'Bob', '2026-02-05', 'false', '2', '1', '0', '1', '0.500', '0.000'],
    ]);
    expect(() => exportDashboardCsv(checkerA, DashboardFilterSchema.parse({}))).toThrow(/editor role/);
  });
});
