'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fetchArticlePage } from '@/lib/articles/fetch-page.server';
import { readFormArticleText } from '@/lib/articles/read-upload';
import { reimportArticle } from '@/lib/articles/reimport-article.server';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page.server';
import { IdSchema } from '@/lib/articles/schemas';
import { RevisionSubmissionSchema } from '@/lib/articles/submission';
import { AppError } from '@/lib/errors';
import { runAction, type ActionState } from '@/lib/http/action.server';

/** `text` and `url`: what was pasted and typed, given back with every refusal. */
export type ReimportState = ActionState & { text?: string; url?: string };

// The form as posted (the upload is read from it apart); the new text is checked once the upload is read.
const ReimportFormSchema = z.object({ articleId: IdSchema, revision: z.string().optional() });

/** A new version from the pasted text or upload, or with `intent=fetch` the current page at the URL. */
export async function reimportArticleAction(_prev: ReimportState, formData: FormData): Promise<ReimportState> {
  const pasted = String(formData.get('text') ?? '');
  const url = String(formData.get('url') ?? '');
  const fromUrl = formData.get('intent') === 'fetch';
  const started = performance.now();
  const after = () => ` (after ${((performance.now() - started) / 1000).toFixed(1)} s)`;
  return runAction<typeof ReimportFormSchema, number, ReimportState>({
    role: 'factchecker',
    schema: ReimportFormSchema,
    input: formData,
    keep: { text: pasted, url },
    act: async (actor, { articleId, revision }) => {
      // "Fetch the current version": the page at the URL goes through the same revision flow as a paste.
      const submitted = fromUrl ? await fetchRevision(url, after) : await readFormArticleText(pasted, formData.get('file'));
      const parsed = await RevisionSubmissionSchema.safeParseAsync({ ...submitted, revision });
      if (!parsed.success) {
        const textErrors = z.flattenError(parsed.error).fieldErrors.text;
        if (fromUrl && textErrors) throw new AppError('invalid', textErrors[0] + after(), { url: textErrors });
        throw parsed.error;
      }
      reimportArticle(actor, articleId, parsed.data);
      return articleId;
    },
    done: (articleId) => {
      revalidatePath('/desk');
      revalidatePath(`/desk/articles/${articleId}`);
      revalidateReaderPage({ id: articleId });
      redirect(`/desk/articles/${articleId}`);
    },
  });
}

async function fetchRevision(url: string, after: () => string): Promise<{ text: string; format: 'html' | 'text' }> {
  if (!url.trim()) throw new AppError('invalid', 'Enter the URL of the page to fetch.', { url: ['Enter a URL'] });
  try {
    const page = await fetchArticlePage(url);
    return { text: page.text, format: page.format };
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message + after(), error.details);
    throw error;
  }
}
