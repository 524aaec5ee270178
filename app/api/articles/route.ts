import { revalidatePath } from 'next/cache';
import { getArticle } from '@/lib/articles/get-article';
import { importArticle } from '@/lib/articles/import-article';
import { listArticles } from '@/lib/articles/list-articles';
import { ArticleInputSchema } from '@/lib/articles/schemas';
import { apiRoute, parseWith, readJson } from '@/lib/http/api';
import { z } from 'zod';

const PageSchema = z.coerce.number().int().min(1).max(100_000).default(1);

export const GET = apiRoute(({ request, actor }) => {
  const page = parseWith(PageSchema, new URL(request.url).searchParams.get('page') ?? undefined);
  return Response.json(listArticles(actor, page));
});

export const POST = apiRoute(async ({ request, actor }) => {
  const body = await readJson(request);
  const input = parseWith(ArticleInputSchema, body);
  const imported = importArticle(actor, input);
  revalidatePath('/desk');
  const article = getArticle(actor, imported.id);
  return Response.json({ id: imported.id, slug: imported.slug, claims: article.claims }, { status: 201 });
}, { role: 'factchecker' });
