'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { importArticle } from '@/lib/articles/import-article';
import { readFormArticleText } from '@/lib/articles/read-upload';
import { ArticleSubmissionSchema } from '@/lib/articles/submission';
import { runAction, type ActionState } from '@/lib/http/action';

/** `values`: what was typed, given back with every refusal so nothing has to be typed again. */
export type ImportState = ActionState & { values?: Record<string, string> };

const FIELDS = ['title', 'outlet', 'author', 'url', 'publicationDate', 'text'] as const;

// The form as posted (the upload is read from it apart); the article itself is checked once the upload is read.
const ImportFormSchema = z.object(Object.fromEntries(FIELDS.map((f) => [f, z.string().default('')])));

export async function importArticleAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? '')]));
  return runAction<typeof ImportFormSchema, { id: number }, ImportState>({
    role: 'factchecker',
    schema: ImportFormSchema,
    input: formData,
    keep: { values },
    act: async (actor) => {
      const { text, format } = await readFormArticleText(values.text, formData.get('file'));
      return importArticle(actor, ArticleSubmissionSchema.parse({ ...values, text, format }));
    },
    done: (article) => {
      revalidatePath('/desk');
      redirect(`/desk/articles/${article.id}`);
    },
  });
}
