'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { readFormArticleText } from '@/lib/articles/read-upload';
import { reimportArticle } from '@/lib/articles/reimport-article';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page';
import { IdSchema } from '@/lib/articles/schemas';
import { RevisionSubmissionSchema } from '@/lib/articles/submission';
import { runAction, type ActionState } from '@/lib/http/action';

/** `text`: what was pasted, given back with every refusal. */
export type ReimportState = ActionState & { text?: string };

// The form as posted (the upload is read from it apart); the new text is checked once the upload is read.
const ReimportFormSchema = z.object({ articleId: IdSchema, revision: z.string().optional() });

export async function reimportArticleAction(_prev: ReimportState, formData: FormData): Promise<ReimportState> {
  const pasted = String(formData.get('text') ?? '');
  return runAction<typeof ReimportFormSchema, number, ReimportState>({
    role: 'factchecker',
    schema: ReimportFormSchema,
    input: formData,
    keep: { text: pasted },
    act: async (actor, { articleId, revision }) => {
      const { text, format } = await readFormArticleText(pasted, formData.get('file'));
      reimportArticle(actor, articleId, RevisionSubmissionSchema.parse({ text, format, revision }));
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
