import { getArticle } from '@/lib/articles/get-article.server';
import { apiRoute, parseId } from '@/lib/http/api.server';

export const GET = apiRoute<{ id: string }>(({ actor, params }) => Response.json(getArticle(actor, parseId(params.id, 'Article'))));
