import { revalidatePath } from 'next/cache';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page.server';
import { getArticle } from '@/lib/articles/get-article.server';
import { listOrphanedClaims } from '@/lib/articles/list-orphaned-claims.server';
import { reimportArticle } from '@/lib/articles/reimport-article.server';
import { RevisionSubmissionSchema } from '@/lib/articles/submission';
import { MAX_ARTICLE_JSON_BYTES } from '@/lib/articles/schemas';
import { apiRoute, parseId, readJson } from '@/lib/http/api.server';

/** A new version of the article's text: `{text, format?, revision?}`; reviews carry over. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = parseId(params.id, 'Article');
  const input = await RevisionSubmissionSchema.parseAsync(await readJson(request, { maxBytes: MAX_ARTICLE_JSON_BYTES }));
  const result = reimportArticle(actor, id, input);
  revalidatePath('/desk');
  revalidatePath(`/desk/articles/${id}`);
  revalidateReaderPage({ id });
  return Response.json({ ...result, claims: getArticle(actor, id).claims, orphans: listOrphanedClaims(actor, id) }, { status: 201 });
}, { role: 'factchecker' });
