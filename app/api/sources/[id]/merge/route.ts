import { revalidatePath } from 'next/cache';
import { revalidateReaderPagesCiting } from '@/lib/articles/revalidate-reader-page.server';
import { apiRoute, parseId, parseWith, readJson } from '@/lib/http/api.server';
import { mergeRegistrySources } from '@/lib/sources/merge-registry-sources.server';
import { RegistryMergeSchema } from '@/lib/sources/schemas';

/** `{duplicateId}`: merges that entry into this one. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = parseId(params.id, 'Source');
  const { duplicateId } = parseWith(RegistryMergeSchema, await readJson(request));
  const result = mergeRegistrySources(actor, id, duplicateId);
  revalidatePath('/desk/sources', 'layout');
  revalidateReaderPagesCiting([id, duplicateId]);
  return Response.json(result);
}, { role: 'editor' });
