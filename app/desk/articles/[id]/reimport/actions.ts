'use server';

import { revalidatePath } from 'next/cache';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { readFormArticleText } from '@/lib/articles/read-upload';
import { reimportArticle } from '@/lib/articles/reimport-article';
import { IdSchema } from '@/lib/articles/schemas';
import { RevisionSubmissionSchema } from '@/lib/articles/submission';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { requireRole } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';

export interface ReimportState {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  text?: string;
}

export async function reimportArticleAction(_prev: ReimportState, formData: FormData): Promise<ReimportState> {
  const actor = requireRole(await getCurrentActor(), 'factchecker');
  const articleId = IdSchema.parse(formData.get('articleId'));
  const pasted = String(formData.get('text') ?? '');
  try {
    const { text, format } = await readFormArticleText(pasted, formData.get('file'));
    const parsed = await RevisionSubmissionSchema.safeParseAsync({ text, format, revision: formData.get('revision') ?? undefined });
    if (!parsed.success) {
      return { message: 'Please correct the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors, text: pasted };
    }
    reimportArticle(actor, articleId, parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, fieldErrors: error.code === 'invalid' ? (error.details as ReimportState['fieldErrors']) : undefined, text: pasted };
    throw error;
  }
  revalidatePath('/desk');
  revalidatePath(`/desk/articles/${articleId}`);
  revalidateReaderPage({ id: articleId });
  redirect(`/desk/articles/${articleId}`);
}
