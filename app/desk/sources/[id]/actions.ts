'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { IdSchema } from '@/lib/articles/schemas';
import { revalidateReaderPagesCiting } from '@/lib/articles/revalidate-reader-page.server';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/roles';
import { runAction, type ActionSpec, type ActionState } from '@/lib/http/action.server';
import { mergeRegistrySources } from '@/lib/sources/merge-registry-sources.server';
import { RegistryEditSchema, RegistryMergeSchema } from '@/lib/sources/schemas';
import { updateRegistrySource } from '@/lib/sources/update-registry-source.server';

export type RegistryFormState = ActionState;

/** After a correction or merge of registry entries: their pages, and the reader pages that cite them. */
function revalidateRegistry(registryIds: number[]): void {
  revalidatePath('/desk/sources', 'layout');
  revalidateReaderPagesCiting(registryIds);
}

/** An editor's registry form: the entry is named by the form's `id`. */
function registryAction<S extends z.ZodType, R>(formData: FormData, spec: Omit<ActionSpec<S, R, RegistryFormState>, 'role' | 'act'> & { act: (actor: Actor, data: z.output<S>, id: number) => R }) {
  const id = IdSchema.safeParse(formData.get('id'));
  if (!id.success) return Promise.resolve<RegistryFormState>({ ok: false, message: 'Unknown source.' });
  return runAction({ ...spec, role: 'editor', act: (actor, data) => spec.act(actor, data, id.data) });
}

export async function editRegistrySourceAction(_prev: RegistryFormState, formData: FormData): Promise<RegistryFormState> {
  return registryAction(formData, {
    schema: RegistryEditSchema,
    input: { name: formData.get('name') ?? undefined, type: formData.get('type') ?? undefined },
    invalidMessage: 'The correction could not be saved.',
    act: (actor, edit, id) => updateRegistrySource(actor, id, edit),
    done: (entry) => {
      revalidateRegistry([entry.id]);
      return { message: 'Saved.' };
    },
  });
}

export async function mergeRegistrySourcesAction(_prev: RegistryFormState, formData: FormData): Promise<RegistryFormState> {
  return registryAction(formData, {
    schema: RegistryMergeSchema,
    input: { duplicateId: formData.get('duplicateId') ?? undefined },
    invalidMessage: 'Choose the duplicate to merge.',
    act: (actor, { duplicateId }, id) => mergeRegistrySources(actor, id, duplicateId),
    done: (merged, { duplicateId }) => {
      revalidateRegistry([merged.id, duplicateId]);
      redirect(`/desk/sources/${merged.id}?merged=${duplicateId}`);
    },
  });
}
