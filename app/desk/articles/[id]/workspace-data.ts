import type { ArticleView, ClaimView } from '@/lib/articles/article-view.server';

/**
 * What the workspace's text, claim list and filters need of every claim. Only the selected claim
 * goes to the browser with all its details (sources' explanations, evidence, notes): an article of
 * 14,000 claims would otherwise send every claim's details, and its text twice, on every load.
 */
export type WorkspaceClaim = Pick<ClaimView, 'id' | 'position' | 'start' | 'end' | 'status' | 'version' | 'assigneeId' | 'dismissed' | 'orphaned' | 'checkworthy'> & {
  sources: Pick<ClaimView['sources'][number], 'sourceId' | 'name' | 'type'>[];
};

export type WorkspaceArticle = Omit<ArticleView, 'claims'> & { claims: WorkspaceClaim[] };

export function toWorkspaceArticle(article: ArticleView): WorkspaceArticle {
  return {
    ...article,
    claims: article.claims.map(({ id, position, start, end, status, version, assigneeId, dismissed, orphaned, checkworthy, sources }) => ({
      id,
      position,
      start,
      end,
      status,
      version,
      assigneeId,
      dismissed,
      orphaned,
      checkworthy,
      sources: sources.map(({ sourceId, name, type }) => ({ sourceId, name, type })),
    })),
  };
}
