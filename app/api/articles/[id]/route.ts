import { getArticle } from '@/lib/articles/get-article';
import { apiRoute, parseId } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(({ actor, params }) => Response.json(getArticle(actor, parseId(params.id, 'Article'))));
