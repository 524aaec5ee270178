import { revalidatePath } from 'next/cache';
import { withFetchedText } from '@/lib/articles/fetch-page.server';
import { getArticle } from '@/lib/articles/get-article.server';
import { importArticle } from '@/lib/articles/import-article.server';
import { listArticles } from '@/lib/articles/list-articles.server';
import { ArticleSubmissionSchema } from '@/lib/articles/submission';
import { MAX_ARTICLE_JSON_BYTES } from '@/lib/articles/schemas';
import { apiRoute, parseWith, readJson } from '@/lib/http/api.server';
import { PageSchema } from '@/lib/http/page-number';

export const GET = apiRoute(({ request, actor }) => {
  const page = parseWith(PageSchema, new URL(request.url).searchParams.get('page') ?? undefined);
  return Response.json(listArticles(actor, page));
});

export const POST = apiRoute(async ({ request, actor }) => {
  // `{url}` without `text`: the server fetches the page and imports it like an uploaded file.
  const { body } = await withFetchedText(await readJson(request, { maxBytes: MAX_ARTICLE_JSON_BYTES }));
  // `text` may be HTML: said with `format: "html"`, or detected when `format` is left out.
  const input = await ArticleSubmissionSchema.parseAsync(body);
  const imported = importArticle(actor, input);
  revalidatePath('/desk');
  const article = getArticle(actor, imported.id);
  return Response.json({ id: imported.id, slug: imported.slug, claims: article.claims }, { status: 201 });
}, { role: 'factchecker' });
