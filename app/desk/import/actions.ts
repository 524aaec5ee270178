'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fetchArticlePage, withFetchedText } from '@/lib/articles/fetch-page';
import { importArticle } from '@/lib/articles/import-article';
import { readFormArticleText } from '@/lib/articles/read-upload';
import { ArticleSubmissionSchema, reduceSubmittedText, WALL_MESSAGES } from '@/lib/articles/submission';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { requireRole } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';

export interface ImportState {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** After "Fetch page": what was fetched and how long it took. */
  fetched?: { url: string; elapsedMs: number; bytes: number };
}

const FIELDS = ['title', 'outlet', 'author', 'url', 'publicationDate', 'text'] as const;

/**
 * Imports the form's article. With `intent=fetch` it only fetches the page at the URL and fills the
 * form with its article, for the user to check before importing; an import with a URL and no text
 * or file fetches the page and imports it at once.
 */
export async function importArticleAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = requireRole(await getCurrentActor(), 'factchecker');
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? '')]));
  const started = performance.now();
  const elapsedMs = () => Math.round(performance.now() - started);
  const after = () => ` (after ${(elapsedMs() / 1000).toFixed(1)} s)`;
  let articleId: number;
  try {
    if (formData.get('intent') === 'fetch') return await fetchIntoForm(values, after, elapsedMs);
    const { text, format } = await readFormArticleText(values.text, formData.get('file'));
    const { body, fetched } = await withFetchedText({ ...values, text, format });
    const parsed = await ArticleSubmissionSchema.safeParseAsync(body);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors;
      if (fetched?.format && fieldErrors.text) return { message: `${fieldErrors.text[0]}${after()}`, fieldErrors: { ...fieldErrors, text: undefined, url: fieldErrors.text }, values };
      return { message: 'Please correct the fields marked below.', fieldErrors, values };
    }
    articleId = importArticle(actor, parsed.data).id;
  } catch (error) {
    if (error instanceof AppError) return { message: error.message + (values.url && !values.text ? after() : ''), fieldErrors: error.details as ImportState['fieldErrors'], values };
    throw error;
  }
  revalidatePath('/desk');
  redirect(`/desk/articles/${articleId}`);
}

async function fetchIntoForm(values: Record<string, string>, after: () => string, elapsedMs: () => number): Promise<ImportState> {
  if (!values.url.trim()) return { message: 'Enter the URL of the page to fetch.', fieldErrors: { url: ['Enter a URL'] }, values };
  const page = await fetchArticlePage(values.url);
  const { text, page: html } = await reduceSubmittedText(page.text, page.format);
  if (html?.wall) return { message: WALL_MESSAGES[html.wall] + after(), fieldErrors: { url: [WALL_MESSAGES[html.wall]] }, values };
  if (!text.trim()) return { message: `No article text found on the page${after()}.`, fieldErrors: { url: ['No article text found on the page'] }, values };
  const fill = (given: string, found: string | null | undefined) => given.trim() || found || '';
  return {
    values: {
      ...values,
      url: values.url.trim(),
      title: fill(values.title, html?.title),
      outlet: fill(values.outlet, html?.siteName),
      author: fill(values.author, html?.byline),
      publicationDate: fill(values.publicationDate, html?.publicationDate),
      text,
    },
    fetched: { url: page.finalUrl, elapsedMs: elapsedMs(), bytes: page.bytes },
  };
}
