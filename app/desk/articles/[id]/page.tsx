import type { Metadata } from 'next';
import Link from 'next/link';
import { getArticle } from '@/lib/articles/get-article.server';
import { summarizeClaims } from '@/lib/articles/summarize-claims';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { listDeskUsers } from '@/lib/auth/list-desk-users.server';
import { hasRole } from '@/lib/auth/roles';
import { getClaimHistoryPage, type HistoryPage } from '@/lib/claims/get-claim-history.server';
import { listPrivateNotes } from '@/lib/claims/private-notes.server';
import { loadByIdOr404 } from '@/lib/http/page.server';
import { OrphanedClaims } from './orphans';
import { EmbedSnippet } from './embed-snippet';
import { PublishControl } from './publish-control';
import { SimilarClaims } from './similar-claims';
import { Workspace } from './workspace';
import { toWorkspaceArticle } from './workspace-data';

export const metadata: Metadata = { title: 'Review' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; historyBefore?: string }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('factchecker', `/desk/articles/${id}`);
  const article = loadByIdOr404(id, (articleId) => getArticle(actor, articleId));
  const query = await searchParams;
  const requested = Number(query.claim);
  const selected = article.claims.find((c) => c.id === requested) ?? article.claims.find((c) => !c.dismissed && !c.orphaned) ?? null;
  const before = Math.floor(Number(query.historyBefore));
  const history: HistoryPage = selected
    ? getClaimHistoryPage(actor, selected.id, before > 0 ? before : undefined)
    : { entries: [], before: null, older: null, latestUserId: null, undoRefusal: null };
  const isEditor = hasRole(actor, 'editor');

  return (
    <article className="workspace">
      <header className="workspace-head">
        <h1>{article.title}</h1>
        <p className="muted">
          {[article.outlet, article.author, article.publicationDate].filter(Boolean).join(' · ')}
          {article.published && (
            <>
              {' · '}
              <a href={`/a/${article.slug}`}>Published reader page</a>
            </>
          )}
        </p>
        {article.published && <EmbedSnippet slug={article.slug} />}
        <Link href={`/desk/articles/${article.id}/reimport`}>Import a new version</Link>
        {isEditor && (
          <div className="row">
            <Link href={`/desk/articles/${article.id}/report`}>Sourcing report</Link>
            <PublishControl
              articleId={article.id}
              published={article.published}
              slug={article.slug}
              summary={summarizeClaims(article.claims.filter((c) => !c.dismissed && !c.orphaned))}
            />
          </div>
        )}
      </header>
      <Workspace article={toWorkspaceArticle(article)} selected={selected} history={history} privateNotes={selected ? listPrivateNotes(actor, selected.id) : []} users={listDeskUsers(actor)} me={{ id: actor.id, name: actor.name }} />
      {selected && <SimilarClaims claimId={selected.id} />}
      <OrphanedClaims articleId={article.id} />
    </article>
  );
}
