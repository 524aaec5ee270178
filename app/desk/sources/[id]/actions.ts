'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { IdSchema } from '@/lib/articles/schemas';
import { revalidateAllReaderPages } from '@/lib/articles/revalidate-reader-page';
import { runAction, type ActionState } from '@/lib/http/action';
import { mergeRegistrySources } from '@/lib/sources/merge-registry-sources';
import { RegistryEditSchema, RegistryMergeSchema } from '@/lib/sources/schemas';
import { updateRegistrySource } from '@/lib/sources/update-registry-source';

export type RegistryFormState = ActionState;

function revalidateRegistry(): void {
  revalidatePath('/desk/sources', 'layout');
  revalidateAllReaderPages();
}

export async function editRegistrySourceAction(_prev: RegistryFormState, formData: FormData): Promise<RegistryFormState> {
  const id = IdSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, message: 'Unknown source.' };
  return runAction({
    role: 'editor',
    schema: RegistryEditSchema,
    input: { name: formData.get('name') ?? undefined, type: formData.get('type') ?? undefined },
    invalidMessage: 'The correction could not be saved.',
    act: (actor, edit) => updateRegistrySource(actor, id.data, edit),
    done: () => {
      revalidateRegistry();
      return { message: 'Saved.' };
    },
  });
}

export async function mergeRegistrySourcesAction(_prev: RegistryFormState, formData: FormData): Promise<RegistryFormState> {
  const id = IdSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, message: 'Unknown source.' };
  return runAction({
    role: 'editor',
    schema: RegistryMergeSchema,
    input: { duplicateId: formData.get('duplicateId') ?? undefined },
    invalidMessage: 'Choose the duplicate to merge.',
    act: (actor, { duplicateId }) => mergeRegistrySources(actor, id.data, duplicateId),
    done: (merged, { duplicateId }) => {
      revalidateRegistry();
      redirect(`/desk/sources/${merged.id}?merged=${duplicateId}`);
    },
  });
}
