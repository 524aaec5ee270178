import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setArticlePublished } from '@/lib/articles/publish-article';
import { revalidateReaderPage } from '@/lib/articles/revalidate-reader-page';
import { apiRoute, parseId, parseWith, readJson } from '@/lib/http/api';

const PublishSchema = z.strictObject({ published: z.boolean().default(true) });

/** POST publishes; `{"published": false}` takes the reader page down. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = parseId(params.id, 'Article');
  const hasBody = Number(request.headers.get('content-length') ?? 0) > 0;
  const { published } = parseWith(PublishSchema, hasBody ? await readJson(request) : {});
  const result = setArticlePublished(actor, id, published);
  revalidateReaderPage(result);
  revalidatePath(`/desk/articles/${id}`);
  return Response.json(result);
}, { role: 'editor' });
