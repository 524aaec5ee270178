import { revalidatePath } from 'next/cache';
import { getArticle } from '@/lib/articles/get-article';
import { importArticle } from '@/lib/articles/import-article';
import { listArticles } from '@/lib/articles/list-articles';
import { ArticleSubmissionSchema } from '@/lib/articles/submission';
import { apiRoute, parseWith, readJson } from '@/lib/http/api';
import { PageSchema } from '@/lib/http/page-number';

export const GET = apiRoute(({ request, actor }) => {
  const page = parseWith(PageSchema, new URL(request.url).searchParams.get('page') ?? undefined);
  return Response.json(listArticles(actor, page));
});

export const POST = apiRoute(async ({ request, actor }) => {
  const body = await readJson(request);
  // `text` may be HTML: said with `format: "html"`, or detected when `format` is left out.
  const input = parseWith(ArticleSubmissionSchema, body);
  const imported = importArticle(actor, input);
  revalidatePath('/desk');
  const article = getArticle(actor, imported.id);
  return Response.json({ id: imported.id, slug: imported.slug, claims: article.claims }, { status: 201 });
}, { role: 'factchecker' });
