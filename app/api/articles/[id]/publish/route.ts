import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setArticlePublished } from '@/lib/articles/publish-article.server';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page.server';
import { apiRoute, parseId, parseWith, readJson } from '@/lib/http/api.server';

const PublishSchema = z.strictObject({ published: z.boolean().default(true) });

/** POST publishes; `{"published": false}` takes the reader page down. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = parseId(params.id, 'Article');
  // No body at all publishes; a body, however it is framed (chunked, no Content-Length), is read.
  const { published } = parseWith(PublishSchema, (await readJson(request, { optional: true })) ?? {});
  const result = setArticlePublished(actor, id, published);
  revalidateReaderPage(result);
  revalidatePath(`/desk/articles/${id}`);
  return Response.json(result);
}, { role: 'editor' });
