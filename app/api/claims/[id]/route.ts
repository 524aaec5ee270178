import { revalidatePath } from 'next/cache';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page.server';
import { ClaimReviewInputSchema } from '@/lib/claims/schemas';
import { setClaimReview } from '@/lib/claims/set-claim-review.server';
import { AppError } from '@/lib/errors';
import { apiRoute, parseId, parseWith, readJson } from '@/lib/http/api.server';

/** Sets status and/or note. The expected version comes in the body or as `If-Match: "<version>"`. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = parseId(params.id, 'Claim');
  const body = await readJson(request);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('invalid', 'Send a JSON object');
  const ifMatch = request.headers.get('if-match')?.replace(/^W\//, '').replaceAll('"', '');
  const withVersion = 'version' in body || !ifMatch ? body : { ...body, version: ifMatch };
  if (!('version' in withVersion)) {
    throw new AppError('precondition_required', 'Say which version you are changing: a "version" field or an If-Match header');
  }
  const result = setClaimReview(actor, id, parseWith(ClaimReviewInputSchema, withVersion));
  revalidatePath(`/desk/articles/${result.articleId}`);
  revalidateReaderPage({ id: result.articleId });
  return Response.json(result, { headers: { ETag: `"${result.version}"` } });
}, { role: 'factchecker' });
