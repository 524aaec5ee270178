import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle } from '@/lib/articles/get-article.server';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { AppError } from '@/lib/errors';
import { ReimportForm } from './reimport-form';

export const metadata: Metadata = { title: 'Import a new version' };

export default async function ReimportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('factchecker', `/desk/articles/${id}/reimport`);
  const articleId = Number(id);
  if (!Number.isSafeInteger(articleId) || articleId <= 0) notFound();
  let article;
  try {
    article = getArticle(actor, articleId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
  return (
    <section className="card">
      <h1>Import a new version</h1>
      <p>
        <Link href={`/desk/articles/${article.id}`}>{article.title}</Link> · revision {article.revision}
      </p>
      <p className="muted">
        Reviewed claims are found again in the new text and keep their status, note, evidence and history. Reviewed claims that
        cannot be found are kept apart as orphans; unreviewed claims are replaced by a fresh extraction.
      </p>
      <ReimportForm articleId={article.id} revision={article.revision} url={article.url} />
    </section>
  );
}
