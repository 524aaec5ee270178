'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { importArticle } from '@/lib/articles/import-article';
import { readFormArticleText } from '@/lib/articles/read-upload';
import { ArticleSubmissionSchema } from '@/lib/articles/submission';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { requireRole } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';

export interface ImportState {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
}

const FIELDS = ['title', 'outlet', 'author', 'url', 'publicationDate', 'text'] as const;

export async function importArticleAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = requireRole(await getCurrentActor(), 'factchecker');
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? '')]));
  let articleId: number;
  try {
    const { text, format } = await readFormArticleText(values.text, formData.get('file'));
    const parsed = await ArticleSubmissionSchema.safeParseAsync({ ...values, text, format });
    if (!parsed.success) {
      return { message: 'Please correct the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
    }
    articleId = importArticle(actor, parsed.data).id;
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, fieldErrors: error.details as ImportState['fieldErrors'], values };
    throw error;
  }
  revalidatePath('/desk');
  redirect(`/desk/articles/${articleId}`);
}
