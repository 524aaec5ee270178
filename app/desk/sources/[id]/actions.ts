'use server';

import { revalidatePath } from 'next/cache';
import { revalidateReaderPagesCiting } from '@/lib/articles/revalidate-reader-page';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { IdSchema } from '@/lib/articles/schemas';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { AppError } from '@/lib/errors';
import { mergeRegistrySources } from '@/lib/sources/merge-registry-sources';
import { RegistryEditSchema, RegistryMergeSchema } from '@/lib/sources/schemas';
import { updateRegistrySource } from '@/lib/sources/update-registry-source';

export interface RegistryFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

function failure(error: unknown): RegistryFormState {
  if (error instanceof AppError) return { message: error.message };
  throw error;
}

export async function editRegistrySourceAction(_prev: RegistryFormState, formData: FormData): Promise<RegistryFormState> {
  const actor = await getCurrentActor();
  const id = IdSchema.safeParse(formData.get('id'));
  const edit = RegistryEditSchema.safeParse({ name: formData.get('name') ?? undefined, type: formData.get('type') ?? undefined });
  if (!id.success || !edit.success) {
    return { message: 'The correction could not be saved.', fieldErrors: edit.success ? undefined : z.flattenError(edit.error).fieldErrors };
  }
  try {
    updateRegistrySource(actor, id.data, edit.data);
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/desk/sources', 'layout');
  revalidateReaderPagesCiting([id.data]);
  return { ok: true, message: 'Saved.' };
}

export async function mergeRegistrySourcesAction(_prev: RegistryFormState, formData: FormData): Promise<RegistryFormState> {
  const actor = await getCurrentActor();
  const id = IdSchema.safeParse(formData.get('id'));
  const merge = RegistryMergeSchema.safeParse({ duplicateId: formData.get('duplicateId') ?? undefined });
  if (!id.success || !merge.success) {
    return { message: 'Choose the duplicate to merge.', fieldErrors: merge.success ? undefined : z.flattenError(merge.error).fieldErrors };
  }
  let merged;
  try {
    merged = mergeRegistrySources(actor, id.data, merge.data.duplicateId);
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/desk/sources', 'layout');
  revalidateReaderPagesCiting([id.data, merge.data.duplicateId]);
  redirect(`/desk/sources/${merged.id}?merged=${merge.data.duplicateId}`);
}
