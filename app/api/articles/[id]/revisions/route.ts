import { revalidatePath } from 'next/cache';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page';
import { getArticle } from '@/lib/articles/get-article';
import { listOrphanedClaims } from '@/lib/articles/list-orphaned-claims';
import { reimportArticle } from '@/lib/articles/reimport-article';
import { RevisionSubmissionSchema } from '@/lib/articles/submission';
import { MAX_ARTICLE_JSON_BYTES } from '@/lib/articles/schemas';
import { apiRoute, parseId, readJson } from '@/lib/http/api';

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
