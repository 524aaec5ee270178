'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setArticlePublished } from '@/lib/articles/publish-article';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { ClaimReviewInputSchema } from '@/lib/claims/schemas';
import { setClaimReview, type ClaimReviewState } from '@/lib/claims/set-claim-review';
import { IdSchema } from '@/lib/articles/schemas';
import { AppError } from '@/lib/errors';

export interface ReviewFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** On a conflict: what the claim looks like now. */
  current?: ClaimReviewState;
}

export async function reviewClaimAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const actor = await getCurrentActor();
  const claimId = IdSchema.safeParse(formData.get('claimId'));
  const input = ClaimReviewInputSchema.safeParse({
    status: formData.get('status') ?? undefined,
    note: formData.get('note') ?? undefined,
    version: formData.get('version'),
  });
  if (!claimId.success || !input.success) {
    return { message: 'The review could not be saved.', fieldErrors: input.success ? undefined : z.flattenError(input.error).fieldErrors };
  }
  try {
    const saved = setClaimReview(actor, claimId.data, input.data);
    revalidatePath(`/desk/articles/${saved.articleId}`);
    revalidateReaderPage({ id: saved.articleId });
    return { ok: true, message: 'Saved.' };
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') {
      const { current } = error.details as { current: ClaimReviewState };
      revalidatePath(`/desk/articles/${current.articleId}`);
      return { message: `${error.message}. Their version is shown below; reload to review it.`, current };
    }
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
}

const PublishSchema = z.object({ articleId: IdSchema, published: z.enum(['true', 'false']).transform((v) => v === 'true') });

export async function setPublishedAction(formData: FormData): Promise<void> {
  const actor = await getCurrentActor();
  const { articleId, published } = PublishSchema.parse(Object.fromEntries(formData));
  const { slug } = setArticlePublished(actor, articleId, published);
  revalidatePath(`/desk/articles/${articleId}`);
  revalidateReaderPage({ slug });
  revalidatePath('/');
}
