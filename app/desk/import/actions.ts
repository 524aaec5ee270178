'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fetchArticlePage, withFetchedText } from '@/lib/articles/fetch-page.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { readFormArticleText } from '@/lib/articles/read-upload';
import { ArticleSubmissionSchema, reduceSubmittedText, WALL_MESSAGES } from '@/lib/articles/submission';
import { AppError } from '@/lib/errors';
import { runAction, type ActionState } from '@/lib/http/action.server';

/**
 * `values`: what was typed, given back with every refusal so nothing has to be typed again.
 * `fetched`: after "Fetch page from URL", what was fetched and how long it took.
 */
export type ImportState = ActionState & { values?: Record<string, string>; fetched?: { url: string; elapsedMs: number; bytes: number } };

const FIELDS = ['title', 'outlet', 'author', 'url', 'publicationDate', 'text'] as const;

// The form as posted (the upload is read from it apart); the article itself is checked once the upload is read.
const ImportFormSchema = z.object(Object.fromEntries(FIELDS.map((f) => [f, z.string().default('')])));

/**
 * Imports the form's article. With `intent=fetch` it only fetches the page at the URL and fills the
 * form with its article, for the user to check before importing; an import with a URL and no text
 * or file fetches the page and imports it at once.
 */
export async function importArticleAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? '')]));
  const clock = fetchClock();
  if (formData.get('intent') === 'fetch') {
    return runAction<typeof ImportFormSchema, ImportState, ImportState>({
      role: 'factchecker',
      schema: ImportFormSchema,
      input: formData,
      keep: { values },
      act: () => clock.timed(fetchIntoForm(values, clock)),
      done: (state) => state,
    });
  }
  return runAction<typeof ImportFormSchema, { id: number }, ImportState>({
    role: 'factchecker',
    schema: ImportFormSchema,
    input: formData,
    keep: { values },
    act: async (actor) => {
      const { text, format } = await readFormArticleText(values.text, formData.get('file'));
      const { body, fetched } = await clock.timed(withFetchedText({ ...values, text, format }));
      const parsed = await ArticleSubmissionSchema.safeParseAsync(body);
      if (!parsed.success) {
        // The fetched page, not a field the user typed, is what cannot be imported: say so up front.
        const textErrors = z.flattenError(parsed.error).fieldErrors.text;
        if (fetched && textErrors) throw new AppError('invalid', textErrors[0] + clock.after(), { url: textErrors });
        throw parsed.error;
      }
      return importArticle(actor, parsed.data);
    },
    done: (article) => {
      revalidatePath('/desk');
      redirect(`/desk/articles/${article.id}`);
    },
  });
}

/** Time since the action started, added to the refusals of a fetch ("… (after 1.2 s)"). */
function fetchClock() {
  const started = performance.now();
  const elapsedMs = () => Math.round(performance.now() - started);
  const after = () => ` (after ${(elapsedMs() / 1000).toFixed(1)} s)`;
  const timed = async <T,>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } catch (error) {
      if (error instanceof AppError && !error.message.includes('(after ')) throw new AppError(error.code, error.message + after(), error.details);
      throw error;
    }
  };
  return { elapsedMs, after, timed };
}

async function fetchIntoForm(values: Record<string, string>, clock: ReturnType<typeof fetchClock>): Promise<ImportState> {
  if (!values.url.trim()) throw new AppError('invalid', 'Enter the URL of the page to fetch.', { url: ['Enter a URL'] });
  const page = await fetchArticlePage(values.url);
  const { text, page: html } = await reduceSubmittedText(page.text, page.format);
  if (html?.wall) throw new AppError('invalid', WALL_MESSAGES[html.wall], { url: [WALL_MESSAGES[html.wall]] });
  if (!text.trim()) throw new AppError('invalid', 'No article text found on the page.', { url: ['No article text found on the page'] });
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
    fetched: { url: page.finalUrl, elapsedMs: clock.elapsedMs(), bytes: page.bytes },
  };
}
