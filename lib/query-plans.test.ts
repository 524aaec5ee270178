// The hot queries must find claims and claim–source links through an index: a full scan of either
// table is what makes a page slow once the archive holds hundreds of thousands of claims.
// Every statement the data-access layer prepares while serving the hot paths is captured and
// explained; none may SCAN the claims or claim_sources tables.
import { beforeAll, describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles/get-article';
import { getPublishedArticle } from '@/lib/articles/get-published-article';
import { importArticle } from '@/lib/articles/import-article';
import { listArticles } from '@/lib/articles/list-articles';
import { setArticlePublished } from '@/lib/articles/publish-article';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { getClaimHistory } from '@/lib/claims/get-claim-history';
import { setClaimReview } from '@/lib/claims/set-claim-review';
import { getSourcingReport } from '@/lib/reports/get-sourcing-report';
import { createTestUser, SAMPLE_ARTICLE, testDb } from '@/lib/testing/fixtures';

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

/** Runs `work` and returns the SQL of every statement it prepared. */
function capture(work: () => void): string[] {
  const client = testDb().$client;
  const seen: string[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as typeof client.prepare;
  try {
    work();
  } finally {
    client.prepare = prepare;
  }
  return seen;
}

function fullScans(sql: string): string[] {
  const client = testDb().$client;
  const params = (sql.match(/\?/g) ?? []).map(() => 1);
  const plan = client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return plan.map((p) => p.detail).filter((d) => /^SCAN (claims|claim_sources)\b/.test(d));
}

const HOT_PATHS: [string, () => void][] = [
  ['desk article list', () => listArticles(editor)],
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

  it('would notice a full scan', () => {
    expect(fullScans('select * from claims where note = ?')).toEqual(['SCAN claims']);
  });
});
