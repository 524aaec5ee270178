import { revalidatePath } from 'next/cache';
import { revalidateAllReaderPages } from '@/lib/articles/revalidate-reader-page';
import { apiRoute, parseId, parseWith, readJson } from '@/lib/http/api';
import { PageSchema } from '@/lib/http/page-number';
import { getRegistrySource } from '@/lib/sources/get-registry-source';
import { RegistryEditSchema } from '@/lib/sources/schemas';
import { updateRegistrySource } from '@/lib/sources/update-registry-source';

/** One registry entry with its track record; `?page=N` pages through its claims. */
export const GET = apiRoute<{ id: string }>(
  ({ request, actor, params }) =>
    Response.json(getRegistrySource(actor, parseId(params.id, 'Source'), PageSchema.parse(new URL(request.url).searchParams.get('page') ?? undefined))),
  { role: 'factchecker' },
);

/** `{name?, type?}`: an editor's correction. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = parseId(params.id, 'Source');
  const edit = parseWith(RegistryEditSchema, await readJson(request));
  const result = updateRegistrySource(actor, id, edit);
  revalidatePath('/desk/sources', 'layout');
  revalidateAllReaderPages();
  return Response.json(result);
}, { role: 'editor' });
