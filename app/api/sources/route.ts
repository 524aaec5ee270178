import { apiRoute } from '@/lib/http/api.server';
import { listRegistrySources } from '@/lib/sources/list-registry-sources.server';
import { RegistryQuerySchema } from '@/lib/sources/schemas';

/** `?q=&type=&page=`: the source registry, alphabetically. */
export const GET = apiRoute(
  ({ request, actor }) => Response.json(listRegistrySources(actor, RegistryQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams)))),
  { role: 'factchecker' },
);
