import { ClaimSearchSchema } from '@/lib/claims/schemas';
import { searchClaims } from '@/lib/claims/search-claims.server';
import { apiRoute, parseWith } from '@/lib/http/api.server';

/** `?q=&status=&sourceType=&outlet=&article=&page=` → `{query, results, page, hasMore}`. */
export const GET = apiRoute(({ request, actor }) => {
  const params = parseWith(ClaimSearchSchema, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(searchClaims(actor, params));
}, { role: 'factchecker' });
