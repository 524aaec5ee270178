'use server';

import { revalidatePath } from 'next/cache';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fetchArticlePage } from '@/lib/articles/fetch-page';
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
  url?: string;
}

export async function reimportArticleAction(_prev: ReimportState, formData: FormData): Promise<ReimportState> {
  const actor = requireRole(await getCurrentActor(), 'factchecker');
  const articleId = IdSchema.parse(formData.get('articleId'));
  const pasted = String(formData.get('text') ?? '');
  const url = String(formData.get('url') ?? '');
  const fromUrl = formData.get('intent') === 'fetch';
  const started = performance.now();
  const after = () => (fromUrl ? ` (after ${((performance.now() - started) / 1000).toFixed(1)} s)` : '');
  try {
    // "Fetch the current version": the page at the URL, through the same revision flow as a paste.
    const submitted = fromUrl
      ? await fetchRevision(url)
      : await readFormArticleText(pasted, formData.get('file'));
    const parsed = await RevisionSubmissionSchema.safeParseAsync({ ...submitted, revision: formData.get('revision') ?? undefined });
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors;
      if (fromUrl) return { message: `${fieldErrors.text?.join(' ') ?? 'The page cannot be imported.'}${after()}`, fieldErrors: { url: fieldErrors.text }, text: pasted, url };
      return { message: 'Please correct the fields marked below.', fieldErrors, text: pasted, url };
    }
    reimportArticle(actor, articleId, parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message + after(), fieldErrors: error.code === 'invalid' || error.code === 'too_large' ? (error.details as ReimportState['fieldErrors']) : undefined, text: pasted, url };
    throw error;
  }
  revalidatePath('/desk');
  revalidatePath(`/desk/articles/${articleId}`);
  revalidateReaderPage({ id: articleId });
  redirect(`/desk/articles/${articleId}`);
}

async function fetchRevision(url: string): Promise<{ text: string; format: 'html' | 'text' }> {
  if (!url.trim()) throw new AppError('invalid', 'Enter the URL of the page to fetch.', { url: ['Enter a URL'] });
  const page = await fetchArticlePage(url);
  return { text: page.text, format: page.format };
}
