'use client';

import { useActionState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/labels';
import { reviewClaimAction, type ReviewFormState } from './actions';

export function ReviewForm({ claimId, status, note, version }: { claimId: number; status: ClaimStatus; note: string; version: number }) {
  const [state, action, pending] = useActionState<ReviewFormState, FormData>(reviewClaimAction, {});
  return (
    <form action={action} className="stack" aria-label="Review">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <label>
        Status
        <select name="status" defaultValue={status}>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s].symbol} {STATUS_LABELS[s].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <textarea name="note" rows={4} defaultValue={note} maxLength={10_000} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save review'}
      </button>
      {state.message && (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'ok' : 'error'}>
          {state.message}
        </p>
      )}
      {state.current && (
        <div className="conflict">
          <p>
            Current status: <strong>{STATUS_LABELS[state.current.status].label}</strong> (version {state.current.version})
          </p>
          {state.current.note && <p>Current note: {state.current.note}</p>}
        </div>
      )}
    </form>
  );
}
