'use client';

import { useActionState } from 'react';
import type { SourceType } from '@/lib/vocabulary';
import { SOURCE_TYPE_LABELS } from '@/lib/claims/labels';
import { editRegistrySourceAction, mergeRegistrySourcesAction, type RegistryFormState } from './actions';
import { SourceTypeSelect } from '@/app/desk/_components/vocabulary-selects';

function Feedback({ state }: { state: RegistryFormState }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'ok' : 'error'}>
      {state.message}
    </p>
  );
}

export function EditSourceForm({ id, name, type }: { id: number; name: string; type: SourceType }) {
  const [state, action, pending] = useActionState<RegistryFormState, FormData>(editRegistrySourceAction, {});
  return (
    <form action={action} className="stack card" aria-label="Correct this source">
      <h2>Correct this source</h2>
      <input type="hidden" name="id" value={id} />
      <label>
        Name
        <input name="name" defaultValue={name} required maxLength={200} aria-invalid={state.fieldErrors?.name ? true : undefined} />
      </label>
      {state.fieldErrors?.name && <p className="error">{state.fieldErrors.name.join(' ')}</p>}
      <label>
        Type
        <SourceTypeSelect name="type" defaultValue={type} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save correction'}
      </button>
      <Feedback state={state} />
    </form>
  );
}

export function MergeSourceForm({ id, candidates }: { id: number; candidates: { id: number; name: string; type: SourceType }[] }) {
  const [state, action, pending] = useActionState<RegistryFormState, FormData>(mergeRegistrySourcesAction, {});
  return (
    <form action={action} className="stack" aria-label="Merge a duplicate">
      <input type="hidden" name="id" value={id} />
      <label>
        Duplicate to merge into this source
        <select name="duplicateId" required defaultValue="">
          <option value="" disabled>
            Choose a source…
          </option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({SOURCE_TYPE_LABELS[c.type]}, #{c.id})
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">Its articles and claims move here and it becomes another name of this source.</p>
      <button type="submit" disabled={pending || candidates.length === 0}>
        {pending ? 'Merging…' : 'Merge into this source'}
      </button>
      <Feedback state={state} />
    </form>
  );
}
