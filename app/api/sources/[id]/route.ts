import { revalidatePath } from 'next/cache';
import { revalidateReaderPagesCiting } from '@/lib/articles/revalidate-reader-page.server';
import { apiRoute, parseId, parseWith, readJson } from '@/lib/http/api.server';
import { PageSchema } from '@/lib/http/page-number';
import { getRegistrySource } from '@/lib/sources/get-registry-source.server';
import { RegistryEditSchema } from '@/lib/sources/schemas';
import { updateRegistrySource } from '@/lib/sources/update-registry-source.server';

/** One registry entry with its track record; `?page=N` pages through its claims, `?articlesPage=N` through its articles, `?relayedPage=N` through the claims it relayed. */
export const GET = apiRoute<{ id: string }>(
  ({ request, actor, params }) => {
    const query = new URL(request.url).searchParams;
    const pages = {
      claimsPage: PageSchema.parse(query.get('page') ?? undefined),
      articlesPage: PageSchema.parse(query.get('articlesPage') ?? undefined),
      relayedPage: PageSchema.parse(query.get('relayedPage') ?? undefined),
    };
    return Response.json(getRegistrySource(actor, parseId(params.id, 'Source'), pages));
  },
  { role: 'factchecker' },
);

/** `{name?, type?}`: an editor's correction. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = parseId(params.id, 'Source');
  const edit = parseWith(RegistryEditSchema, await readJson(request));
  const result = updateRegistrySource(actor, id, edit);
  revalidatePath('/desk/sources', 'layout');
  revalidateReaderPagesCiting([id]);
  return Response.json(result);
}, { role: 'editor' });
